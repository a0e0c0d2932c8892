# zip(*pairs) unzips and dict(zip()) builds mappings
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(dict(zip(numbers, letters)))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
