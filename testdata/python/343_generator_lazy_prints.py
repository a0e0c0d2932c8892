# a generator's body runs only as values are requested
def numbers():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("end")

g = numbers()
print("created")
print(next(g))
print(next(g))
print(next(g, "no more"))
