# int(None) is a TypeError
print(int("3"))
value = None
print(int(value))
