# using = instead of == in a condition is a SyntaxError
x = 3
if x = 3:
    print("three")
