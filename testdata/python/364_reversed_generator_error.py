# reversed() of a generator is a TypeError
g = (x for x in range(3))
print(list(reversed(list(g))))
print(reversed(x for x in range(3)))
