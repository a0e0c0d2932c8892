# finally runs before an uncaught exception propagates
def divide(x, y):
    try:
        return x / y
    finally:
        print("finally for", x, y)

print(divide(4, 2))
divide("2", "1")
