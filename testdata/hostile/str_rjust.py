# error: LimitExceeded
# rjust pads to a width of 10**9 in one call.
print(len("x".rjust(10**9)))
