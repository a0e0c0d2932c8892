# a def without a colon is a SyntaxError
def greet(name)
    return "hi " + name
print(greet("ann"))
