# functools.wraps copies name and doc and sets __wrapped__; cached functions refuse unhashable arguments
from functools import wraps, cache

@cache
def square(n):
    return n * n

def traced(fn):
    @wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner

@traced
def area(w, h):
    "Area of a rectangle."
    return w * h

print(area(2, 3), area.__name__, area.__doc__, area.__wrapped__.__name__)
try:
    square([1])
except TypeError as e:
    print("TypeError", e)
