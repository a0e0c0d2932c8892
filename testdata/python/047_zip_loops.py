# zip pairs items and stops at the shortest
names = ["ann", "bob", "cid"]
ages = [31, 25]
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(range(3), "abc", [True, False, None])))
