# a generator expression can be iterated only once
squares = (x * x for x in range(4))
print(list(squares))
print(list(squares))
print(sum(x for x in range(5)))
