# popping from an empty list is an IndexError
stack = [1]
print(stack.pop())
try:
    print(stack.pop())
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
