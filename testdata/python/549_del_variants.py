# del on names, several targets, attributes and nested items
class Box:
    pass

b = Box()
b.a, b.b = 1, 2
del b.a
print(vars(b))
data = {"x": [1, 2, 3], "y": 4}
del data["x"][0], data["y"]
print(data)
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
