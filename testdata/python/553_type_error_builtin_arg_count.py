# builtins report their own argument-count errors
print(len([1, 2]))
try:
    len()
except TypeError as e:
    print(e)
print(len([1], [2]))
