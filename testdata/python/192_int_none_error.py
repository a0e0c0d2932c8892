# int(None) is a TypeError
print(int("3"))
value = None
try:
    print(int(value))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
