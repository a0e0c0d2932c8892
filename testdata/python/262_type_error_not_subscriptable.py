# indexing None is a TypeError
result = None
print(result is None)
print(result[0])
