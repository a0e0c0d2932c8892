# indexing None is a TypeError
result = None
print(result is None)
try:
    print(result[0])
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
