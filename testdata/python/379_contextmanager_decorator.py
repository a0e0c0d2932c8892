# contextlib.contextmanager turns a generator into a context manager
from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("h1") as t:
    print("inside", t)
