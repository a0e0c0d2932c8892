# an empty expression in an f-string is a SyntaxError
name = "ann"
print(f"hello {}")
print(name)
