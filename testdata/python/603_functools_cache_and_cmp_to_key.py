# functools: cache, lru_cache eviction and cache_info, cmp_to_key, reduce with an initial value, partial
from functools import cache, lru_cache, cmp_to_key, reduce, partial, wraps

@cache
def square(n):
    print("computing", n)
    return n * n

print(square(3), square(3), square(4))

@lru_cache(maxsize=2)
def double(n):
    return 2 * n

for n in [1, 2, 1, 3, 1]:
    double(n)
print(double.cache_info())
double.cache_clear()
print(double.cache_info().hits, square.__name__)

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

print(sorted(["pear", "fig", "apple", "kiwi"], key=cmp_to_key(by_length_then_alpha)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
greet = partial(print, "hello", sep="-")
greet("ann")

