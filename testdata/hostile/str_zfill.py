# error: LimitExceeded
# zfill pads to a width of 10**9 in one call.
print(len("7".zfill(10**9)))
