# popping from an empty list is an IndexError
stack = [1]
print(stack.pop())
print(stack.pop())
