# the name bound by except is deleted after the block
try:
    1 / 0
except ZeroDivisionError as err:
    message = str(err)
print(message)
print(err)
