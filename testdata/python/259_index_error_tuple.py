# tuple index out of range
point = (1, 2)
print(point[1])
try:
    print(point[2])
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
