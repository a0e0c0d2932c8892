# indexing past the end of a list is an IndexError
rows = ["header", "first", "second"]
print(rows[-1], rows[-3])
try:
    print(rows[3])
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
