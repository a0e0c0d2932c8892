# is None is the idiom for optional arguments
def greet(name=None):
    if name is None:
        return "Hello, stranger"
    return "Hello, " + name

print(greet())
print(greet("Ann"))
print(greet(""))
