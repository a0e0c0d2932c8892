# error: LimitExceeded
# l += l doubles a list in place each step.
l = [0]
while True:
    l += l
