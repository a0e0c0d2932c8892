# a block without an indented body is an IndentationError
def f():
return 1
print(f())
