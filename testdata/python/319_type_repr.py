# the repr of built-in types and type()
print(type(1), type("x"), type(None), type([]))
print(int, str, list, dict)
print(type(type(1)))
