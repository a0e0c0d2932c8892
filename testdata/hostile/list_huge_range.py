# error: LimitExceeded
# list() of range(10**9) would allocate 16 GB at once from the range's length.
print(len(list(range(10**9))))
