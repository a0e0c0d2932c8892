# an exception raised by __exit__ propagates
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

with BadExit():
    print("body ran")
