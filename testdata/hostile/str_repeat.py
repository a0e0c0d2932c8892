# error: LimitExceeded
# "x" * 10**10 would allocate 10 GB in one step.
s = "x" * 10**10
print(len(s))
