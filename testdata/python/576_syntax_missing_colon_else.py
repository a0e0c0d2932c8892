# an else without a colon is a SyntaxError
x = 1
if x:
    print("yes")
else
    print("no")
