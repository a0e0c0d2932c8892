# functions are objects with a name, a docstring and attributes
def f():
    """Do nothing.

    Really nothing.
    """
print(f.__name__)
print(f.__doc__.splitlines()[0])
print(callable(f), callable(3))
g = f
print(g.__name__, g is f)
