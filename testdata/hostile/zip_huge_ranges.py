# error: LimitExceeded
# zip() of two ranges of 10**10 items would allocate from their lengths.
print(len(zip(range(10**10), range(10**10))))
