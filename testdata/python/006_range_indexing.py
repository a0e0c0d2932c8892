# range objects support indexing and slicing
r = range(10, 30, 4)
print(r[0], r[-1], r[2])
print(r[1:3])
print(list(r[::-1]))
print(r.index(18), r.count(22))
