# len() of an int is a TypeError
print(len("abc"), len([1]), len({}))
print(len(5))
