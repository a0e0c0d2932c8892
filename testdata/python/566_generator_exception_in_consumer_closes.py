# a generator with finally inside a with-managed loop
from contextlib import contextmanager

@contextmanager
def session():
    print("open session")
    try:
        yield
    finally:
        print("close session")

def rows():
    for i in range(3):
        yield i

with session():
    for r in rows():
        print("row", r)
