# assigning a name anywhere in a function makes it local there
total = 10
def add(n):
    total = total + n
    return total

print(add(5))
