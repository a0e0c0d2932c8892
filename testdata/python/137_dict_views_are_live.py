# dict views reflect later changes
d = {"a": 1, "b": 2}
keys = d.keys()
values = d.values()
d["c"] = 3
print(keys)
print(values)
print(len(keys), "c" in keys)
print(keys & {"a", "z"})
