# a missing colon after if is a SyntaxError
x = 3
if x > 2
    print("big")
