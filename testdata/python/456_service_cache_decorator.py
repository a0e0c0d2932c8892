# a memoizing decorator keyed by arguments
from functools import wraps

def memoize(func):
    cache = {}
    @wraps(func)
    def wrapper(*args):
        if args not in cache:
            print("miss", args)
            cache[args] = func(*args)
        return cache[args]
    return wrapper

@memoize
def price_for(sku, qty):
    return {"A": 2.5, "B": 4.0}[sku] * qty

print(price_for("A", 2), price_for("A", 2), price_for("B", 1))
print(price_for.__name__)
