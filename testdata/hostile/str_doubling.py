# error: LimitExceeded
# s = s + s doubles a string each step.
s = "x"
while True:
    s = s + s
