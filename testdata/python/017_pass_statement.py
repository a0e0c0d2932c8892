# pass does nothing in a loop, function or class body
def todo():
    pass

class Empty:
    pass

for _ in range(3):
    pass
print(todo())
print(type(Empty()).__name__)
