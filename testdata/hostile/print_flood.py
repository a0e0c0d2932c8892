# error: LimitExceeded
# printing without end stops at the output limit.
while True:
    print("x" * 1000)
