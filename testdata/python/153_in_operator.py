# the in operator on lists, strings, dicts and ranges
print(3 in [1, 2, 3], "ell" in "hello", "x" in {"x": 1}, 1 in {"x": 1})
print(4 not in (1, 2), 5 in range(10))
print([1] in [[1], [2]])
