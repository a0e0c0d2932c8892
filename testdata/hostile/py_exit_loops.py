# error: LimitExceeded
# a context manager whose __exit__ never returns
class Stuck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        while True:
            pass


with Stuck():
    print("inside")
