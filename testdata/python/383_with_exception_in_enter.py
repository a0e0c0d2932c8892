# an exception in __enter__ skips the body and __exit__
class Fails:
    def __enter__(self):
        raise ConnectionError("cannot connect")
    def __exit__(self, *exc):
        print("exit not called")

print("start")
with Fails():
    print("body not run")
