# an unclosed parenthesis is a SyntaxError
values = [1, 2, 3]
total = sum(values
print(total)
