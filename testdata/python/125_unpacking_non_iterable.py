# unpacking a non-iterable is a TypeError
a, b = 1, 2
print(a, b)
a, b = 5
