# error: LimitExceeded
# [0] * 10**9 would allocate 16 GB in one step.
l = [0] * 10**9
print(len(l))
