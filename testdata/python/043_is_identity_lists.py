# is compares identity, == compares equality
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == c, a is c, a is b)
b.append(4)
print(a)
print(a is not c)
x = None
print(x is None, x is not None)
