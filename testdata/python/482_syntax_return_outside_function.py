# return at module level is a SyntaxError
print("start")
if True:
    return 5
