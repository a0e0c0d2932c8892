# deleting and re-adding a key moves it to the end
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 10
print(d, list(d.items())[0])
d["b"] = 20
print(d)
