# ord of a longer string is a TypeError
print(ord("x"))
print(ord("xy"))
