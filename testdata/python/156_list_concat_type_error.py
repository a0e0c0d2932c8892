# concatenating a list and a tuple with + is a TypeError
items = [1, 2]
items += (3,)
print(items)
print(items + (4,))
