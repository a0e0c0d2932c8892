# an exception in finally replaces the one in flight
def f():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")

try:
    f()
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
f()
