# error: LimitExceeded
# ljust pads to a width of 10**9 in one call.
print(len("x".ljust(10**9)))
