# an off-by-one loop reads past the end of the list
items = ["a", "b", "c"]
for i in range(len(items) + 1):
    print(i, items[i])
