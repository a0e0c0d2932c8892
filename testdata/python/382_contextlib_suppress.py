# contextlib.suppress ignores the given exceptions
from contextlib import suppress

data = {"a": 1}
with suppress(KeyError):
    print(data["a"])
    print(data["b"])
    print("not reached")
print("after suppress")
with suppress(KeyError, IndexError):
    [][3]
print("done")
