# an exception raised in __exit__ replaces the body's exception
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("closing after", exc_type.__name__)
        raise RuntimeError("close failed")

try:
    with Closer():
        raise ValueError("body failed")
except RuntimeError as e:
    print("got", e, "context", repr(e.__context__))
