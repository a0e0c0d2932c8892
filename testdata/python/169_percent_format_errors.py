# % formatting with the wrong number of arguments is a TypeError
print("%d items" % 3)
try:
    print("%d and %d" % (1,))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
