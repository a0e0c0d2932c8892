# formatting a string with an integer spec is a ValueError
n = "5"
print(f"{n:>3}")
try:
    print(f"{n:03d}")
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
