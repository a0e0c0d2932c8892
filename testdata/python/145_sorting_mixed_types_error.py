# sorting values that cannot be compared is a TypeError
print(sorted([3, 1.5, 2]))
try:
    print(sorted([3, "a", 1]))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
