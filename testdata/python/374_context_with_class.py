# a context manager class printing enter and exit
class Managed:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)

with Managed() as r:
    print("using", r)
print("after")
