# a name bound only in an untaken branch raises NameError
def f(flag):
    if flag:
        result = "set"
    return result

print(f(True))
print(f(False))
