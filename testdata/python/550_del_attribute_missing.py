# deleting a missing attribute is an AttributeError
class Box:
    pass

b = Box()
b.size = 3
del b.size
print(hasattr(b, "size"))
del b.size
