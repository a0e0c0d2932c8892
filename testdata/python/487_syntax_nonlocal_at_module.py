# nonlocal at module level is a SyntaxError
nonlocal count
count = 0
print(count)
