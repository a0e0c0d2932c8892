# tuples are immutable sequences; packing and unpacking
t = 12345, 54321, "hello!"
print(t[0], t)
u = t, (1, 2, 3, 4, 5)
print(u)
empty = ()
singleton = "hello",
print(len(empty), len(singleton), singleton)
x, y, z = t
print(x, y, z)
print((1, 2) + (3,), (1, 2) * 2, tuple("abc"))
