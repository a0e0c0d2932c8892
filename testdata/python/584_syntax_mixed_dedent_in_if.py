# a body line indented less than the block is an IndentationError
if True:
    x = 1
  y = 2
print(x, y)
