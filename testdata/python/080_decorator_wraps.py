# functools.wraps copies the wrapped function's name and doc
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b

print(add(2, b=3))
print(add.__name__, add.__doc__)
