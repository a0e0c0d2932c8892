# a map object is consumed once
m = map(abs, [-1, -2, 3])
print(type(m).__name__)
print(list(m))
print(list(m))
