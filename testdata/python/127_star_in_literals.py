# star unpacking inside list, tuple, set and dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, 0))
print(sorted({*a, *b, 1}))
d = {"x": 1}
print({**d, "y": 2, **{"x": 10}})
print([*"abc", *range(2)])
