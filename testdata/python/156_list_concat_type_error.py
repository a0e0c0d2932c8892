# concatenating a list and a tuple with + is a TypeError
items = [1, 2]
items += (3,)
print(items)
try:
    print(items + (4,))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
