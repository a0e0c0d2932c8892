# a tuple can hold mutable objects that change
t = ([1, 2], "x")
t[0].append(3)
print(t)
print(t.count("x"), t.index("x"))
