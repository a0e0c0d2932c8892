# unpacking more values than names is a ValueError
pair = (1, 2)
a, b = pair
print(a, b)
try:
    a, b = (1, 2, 3)
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
