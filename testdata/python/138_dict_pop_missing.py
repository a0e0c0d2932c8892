# dict.pop without a default raises KeyError
cache = {"k": 1}
print(cache.pop("k"))
try:
    print(cache.pop("k"))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
