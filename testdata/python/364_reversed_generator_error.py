# reversed() of a generator is a TypeError
g = (x for x in range(3))
print(list(reversed(list(g))))
try:
    print(reversed(x for x in range(3)))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
