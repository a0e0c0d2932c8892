# a for loop body that is not indented is an IndentationError
total = 0
for n in range(3):
total += n
print(total)
