# a closing parenthesis without an opening one is a SyntaxError
total = 1 + 2)
print(total)
print("end")
