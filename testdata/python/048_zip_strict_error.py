# zip(strict=True) raises when lengths differ
print(list(zip([1, 2], "ab", strict=True)))
for pair in zip([1, 2, 3], ["a", "b"], strict=True):
    print(pair)
