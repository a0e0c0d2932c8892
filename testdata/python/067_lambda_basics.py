# lambdas are small anonymous functions
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
pairs.sort(key=lambda pair: pair[1])
print(pairs)
print((lambda *a: len(a))(1, 2, 3))
