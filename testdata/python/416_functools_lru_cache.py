# functools.lru_cache memoizes a recursive function
from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib(10), fib(90) > fib(89))
