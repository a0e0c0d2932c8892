# copy and slicing make shallow copies that share nested lists
a = [[1, 2], [3]]
b = a.copy()
c = a[:]
d = [row[:] for row in a]
b[0].append(99)
b.append("new")
print(a)
print(b)
print(c)
print(d)
