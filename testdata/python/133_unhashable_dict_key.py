# a list as a dict key is a TypeError
index = {}
index[(1, 2)] = "tuple ok"
print(index)
index[[1, 2]] = "list"
