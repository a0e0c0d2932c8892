# assigning to a literal is a SyntaxError
x = 1
5 = x
print(x)
