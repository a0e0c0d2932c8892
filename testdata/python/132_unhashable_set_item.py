# lists cannot go in a set because they are unhashable
tags = {("a", 1), ("b", 2)}
print(len(tags))
try:
    tags.add(["c", 3])
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
