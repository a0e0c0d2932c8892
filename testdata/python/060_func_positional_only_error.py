# giving a positional-only parameter by keyword is a TypeError
def divide(a, b, /):
    return a // b

print(divide(9, 4))
print(divide(a=9, b=4))
