# StopIteration raised by next() on an exhausted generator
def one():
    yield "only"

g = one()
print(next(g))
next(g)
