# ord of a longer string is a TypeError
print(ord("x"))
try:
    print(ord("xy"))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
