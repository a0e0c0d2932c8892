# raise accepts an instance or a class
try:
    raise NameError("HiThere")
except NameError as e:
    print("caught", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("caught", repr(e), e.args)
