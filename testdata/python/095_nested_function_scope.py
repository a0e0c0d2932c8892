# inner functions see the enclosing function's variables
def outer():
    x = "outer x"
    def inner():
        return x + " seen from inner"
    x = "changed x"
    return inner()

print(outer())
