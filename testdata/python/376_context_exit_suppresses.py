# __exit__ returning True suppresses the exception
class Ignore:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)

with Ignore(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("continued")
with Ignore(KeyError):
    [][0]
