# adjacent names without a comma in a list are a SyntaxError
a, b = 1, 2
items = [a b]
print(items)
