# a dedent to no enclosing level is an IndentationError
def f():
        x = 1
    return x
print(f())
