# a function returning a lambda that remembers its argument
def make_incrementor(n):
    return lambda x: x + n

f = make_incrementor(42)
print(f(0), f(1))
adders = [make_incrementor(i) for i in range(3)]
print([a(10) for a in adders])
