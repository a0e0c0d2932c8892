# a generator's finally runs when it is closed early
def items():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")

g = items()
print(next(g))
g.close()
print("closed")
