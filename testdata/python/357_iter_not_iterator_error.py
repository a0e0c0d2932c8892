# next() on a list, not an iterator, is a TypeError
items = [1, 2]
print(next(iter(items)))
print(next(items))
