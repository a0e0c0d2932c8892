# float() of a non-numeric string is a ValueError
print(float("1.5"))
try:
    print(float("abc"))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
