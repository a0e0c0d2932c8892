# assigning to a tuple item is a TypeError
point = (3, 4)
print(point[0])
point[0] = 5
