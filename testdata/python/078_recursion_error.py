# unbounded recursion raises RecursionError
def countdown(n):
    return countdown(n - 1)

print("start")
countdown(3)
