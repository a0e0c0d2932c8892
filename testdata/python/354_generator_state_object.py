# generator objects report their type and are their own iterators
def gen():
    yield 1

g = gen()
print(type(g).__name__, iter(g) is g)
print(list(g), list(g))
