# set.remove raises KeyError for a missing element
seen = {1, 2}
seen.remove(2)
print(sorted(seen))
try:
    seen.remove(2)
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
