# assigning to a function call is a SyntaxError
def f():
    return 1
f() = 5
