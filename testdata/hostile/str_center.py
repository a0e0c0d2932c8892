# error: LimitExceeded
# center pads to a width of 10**9 in one call.
print(len("x".center(10**9)))
