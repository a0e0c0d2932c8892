# using a keyword as a variable name is a SyntaxError
class = "economy"
print(class)
print("unreachable")
