# sum with a start value
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10))
print(sum([[1], [2, 3]], []))
print(sum(range(5), start=100))
print(sum(x * x for x in range(4)))
