# a contextmanager with try/finally always cleans up
from contextlib import contextmanager

@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

with opened("a.txt") as f:
    print("read", f)
with opened("b.txt"):
    raise RuntimeError("read failed")
