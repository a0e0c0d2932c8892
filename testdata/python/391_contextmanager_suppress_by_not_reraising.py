# a contextmanager that swallows errors by not re-raising
from contextlib import contextmanager

@contextmanager
def ignore_errors():
    try:
        yield
    except Exception as e:
        print("ignored", type(e).__name__)

with ignore_errors():
    int("x")
with ignore_errors():
    print("fine")
print("end")
