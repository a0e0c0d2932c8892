# next() on a list, not an iterator, is a TypeError
items = [1, 2]
print(next(iter(items)))
try:
    print(next(items))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
