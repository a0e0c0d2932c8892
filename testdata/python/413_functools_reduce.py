# functools.reduce folds a sequence into one value
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * x, range(1, 6), 1))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
print(reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
