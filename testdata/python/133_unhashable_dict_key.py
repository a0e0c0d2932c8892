# a list as a dict key is a TypeError
index = {}
index[(1, 2)] = "tuple ok"
print(index)
try:
    index[[1, 2]] = "list"
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
