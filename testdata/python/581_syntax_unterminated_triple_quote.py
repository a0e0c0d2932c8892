# an unterminated triple-quoted string is a SyntaxError
doc = """Start of a docstring
that never ends
print(doc)
