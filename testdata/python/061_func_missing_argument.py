# calling a function without a required argument
def greet(name, greeting):
    return greeting + ", " + name

print(greet("ann", "hi"))
print(greet("bob"))
