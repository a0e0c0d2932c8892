# an invalid format spec is a ValueError
print(f"{12:>5}")
spec = "Q"
try:
    print(format(12, spec))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
