# dict equality ignores order but repr keeps insertion order
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a, b)
print(list(a) == list(b))
