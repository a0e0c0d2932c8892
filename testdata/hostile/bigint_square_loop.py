# error: LimitExceeded
# squaring a big integer doubles its size each step.
x = 3
while True:
    x = x * x
