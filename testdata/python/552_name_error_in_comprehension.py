# a NameError inside a comprehension names the missing variable
prices = [3, 5, 8]
print([p * 2 for p in prices])
print([p * rate for p in prices])
