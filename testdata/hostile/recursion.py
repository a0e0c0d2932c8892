# error: RecursionError
# unbounded recursion stops at Python's recursion limit.
def f(n):
    return f(n + 1)
f(0)
