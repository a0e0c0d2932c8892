# next() on an exhausted iterator raises StopIteration
it = iter([1, 2])
print(next(it), next(it))
print(next(it, "done"))
next(it)
