# int() of a non-numeric string is a ValueError
print(int("12"))
try:
    print(int("12.5"))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
