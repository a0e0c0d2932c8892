# list.index raises ValueError for a missing item
letters = ["a", "b", "c"]
print(letters.index("c"))
print(letters.index("z"))
