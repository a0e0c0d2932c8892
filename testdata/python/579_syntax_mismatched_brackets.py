# a closing bracket of the wrong kind is a SyntaxError
values = [1, 2, 3)
print(values)
print("end")
