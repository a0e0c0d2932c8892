# dict get, setdefault, pop, popitem, update, items
d = {"a": 1}
print(d.setdefault("a", 100), d.setdefault("b", 2), d)
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d)
print(d.pop("a"), d.pop("zz", "none"), d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
