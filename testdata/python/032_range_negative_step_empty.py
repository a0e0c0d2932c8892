# range with a step pointing away from stop is empty
print(list(range(5, 0)))
print(list(range(0, 5, -1)))
print(list(range(-3, 3)))
print(sum(range(101)))
