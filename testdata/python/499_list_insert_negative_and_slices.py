# insert with negative and out-of-range positions
items = ["a", "b", "c"]
items.insert(-1, "X")
items.insert(100, "end")
items.insert(-100, "start")
print(items)
print(items[1:-1], items[-2::-2])
