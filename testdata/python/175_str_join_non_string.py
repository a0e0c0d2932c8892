# join needs strings, so joining ints is a TypeError
ids = [1, 2, 3]
print(",".join(str(i) for i in ids))
try:
    print(",".join(ids))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
