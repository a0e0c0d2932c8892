# a decorator that records calls into a list instead of timing
log = []
def record(label):
    def decorate(func):
        def inner(*args, **kwargs):
            log.append(f"{label}:{func.__name__}")
            return func(*args, **kwargs)
        return inner
    return decorate

@record("svc")
def fetch(n):
    return list(range(n))

fetch(2)
fetch(3)
print(log)
