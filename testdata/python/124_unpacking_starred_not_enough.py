# a starred target still needs enough values for the others
first, *rest, last = [1, 2]
print(first, rest, last)
try:
    first, *rest, last = [1]
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
