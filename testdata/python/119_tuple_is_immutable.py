# assigning to a tuple item is a TypeError
point = (3, 4)
print(point[0])
try:
    point[0] = 5
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
