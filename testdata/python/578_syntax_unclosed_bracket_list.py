# an unclosed list bracket followed by more code is a SyntaxError
items = [1, 2, 3
for item in items:
    print(item)
