# a decorator wraps a function to add behaviour
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("ann"))
print(greet.__name__)
