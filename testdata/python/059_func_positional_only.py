# parameters before / are positional-only
def divide(a, b, /, *, exact=False):
    return a / b if exact else a // b

print(divide(7, 2))
print(divide(7, 2, exact=True))
def pos_name(name, /, **kwds):
    return name, kwds
print(pos_name(1, name=2))
