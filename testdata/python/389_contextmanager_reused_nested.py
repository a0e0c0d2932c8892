# nested contextmanager uses track depth with a list
from contextlib import contextmanager

stack = []

@contextmanager
def level(name):
    stack.append(name)
    print("  " * (len(stack) - 1) + "enter " + name)
    yield len(stack)
    print("  " * (len(stack) - 1) + "exit " + name)
    stack.pop()

with level("outer") as depth:
    with level("inner") as inner_depth:
        print(depth, inner_depth, stack)
