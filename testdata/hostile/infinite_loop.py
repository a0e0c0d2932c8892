# error: LimitExceeded
# a plain infinite loop stops at the step limit.
while True:
    pass
