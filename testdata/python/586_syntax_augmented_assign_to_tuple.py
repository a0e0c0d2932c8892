# augmented assignment to a tuple target is a SyntaxError
a, b = 1, 2
a, b += 1
print(a, b)
