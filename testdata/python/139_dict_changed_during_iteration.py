# adding keys while iterating a dict is a RuntimeError
counts = {"a": 1, "b": 2}
for key in counts:
    print(key)
    counts[key + "x"] = 0
