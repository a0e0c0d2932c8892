# dict.pop without a default raises KeyError
cache = {"k": 1}
print(cache.pop("k"))
print(cache.pop("k"))
