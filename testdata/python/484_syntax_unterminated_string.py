# an unterminated string literal is a SyntaxError
name = "ann
print(name)
print("done")
