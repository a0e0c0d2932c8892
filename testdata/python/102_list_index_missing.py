# list.index raises ValueError for a missing item
letters = ["a", "b", "c"]
print(letters.index("c"))
try:
    print(letters.index("z"))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
