# using a name after del is a NameError
value = 42
print(value)
del value
print(value)
