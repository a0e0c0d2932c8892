# % formatting with the wrong number of arguments is a TypeError
print("%d items" % 3)
print("%d and %d" % (1,))
