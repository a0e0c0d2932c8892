# unpacking a non-iterable is a TypeError
a, b = 1, 2
print(a, b)
try:
    a, b = 5
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
