# del removes list items, slices, dict keys and names
a = [-1, 1, 66.25, 333, 333, 1234.5]
del a[0]
print(a)
del a[2:4]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
del a
print("a" in globals())
