# an infinite Fibonacci generator with takewhile
from itertools import takewhile

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(takewhile(lambda n: n < 60, fib())))
