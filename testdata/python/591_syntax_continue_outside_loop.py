# continue outside a loop is a SyntaxError
def f():
    continue
print(f())
