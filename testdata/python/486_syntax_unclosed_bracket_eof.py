# an unclosed bracket at the end of the file is a SyntaxError
data = {
    "a": 1,
    "b": [2, 3
}
print(data)
