# unpacking more values than names is a ValueError
pair = (1, 2)
a, b = pair
print(a, b)
a, b = (1, 2, 3)
