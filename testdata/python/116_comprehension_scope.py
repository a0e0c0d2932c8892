# comprehension variables do not leak into the enclosing scope
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
