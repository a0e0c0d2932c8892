# break outside a loop is a SyntaxError
x = 0
if x == 0:
    break
