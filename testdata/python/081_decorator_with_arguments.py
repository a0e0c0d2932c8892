# a decorator factory takes arguments and returns a decorator
from functools import wraps

def repeat(times):
    def decorate(func):
        @wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def ping(host):
    return "ping " + host

print(ping("db"))
print(ping.__name__)
