# range with one, two and three arguments
print(list(range(5)))
print(list(range(2, 7)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)))
print(len(range(0, 100, 7)))
print(range(3, 9, 2))
print(7 in range(1, 10, 2), 8 in range(1, 10, 2))
