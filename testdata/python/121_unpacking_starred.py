# starred assignment collects the rest of a sequence
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = (1,)
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
for key, *values in [("a", 1, 2), ("b", 3)]:
    print(key, values)
