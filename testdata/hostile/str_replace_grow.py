# error: LimitExceeded
# replacing "" by a long string multiplies a string's size in one call.
s = ("x" * 10**6).replace("", "y" * 1000)
