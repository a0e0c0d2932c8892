# repeating a keyword argument in a call is a SyntaxError
def f(**kw):
    return kw
print(f(a=1, a=2))
