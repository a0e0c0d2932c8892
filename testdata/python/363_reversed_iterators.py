# reversed works on sequences and returns an iterator
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r))
print(list(reversed("abc")), list(reversed(range(3))), "".join(reversed("stressed")))
print(list(reversed({"a": 1, "b": 2})))
