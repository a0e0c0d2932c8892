# __exit__ runs and sees the exception; returning False lets it propagate
class Managed:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__, exc)
        return False

try:
    with Managed():
        raise KeyError("boom")
except KeyError as e:
    print("caught outside", repr(e))
