# the return value is computed before finally runs
def f():
    x = "before"
    try:
        return x
    finally:
        x = "after"
        print("finally sees", x)

print(f())
