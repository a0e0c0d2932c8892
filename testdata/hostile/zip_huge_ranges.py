# error: LimitExceeded
# list() of zip() of two ranges of 10**10 items would allocate from their lengths.
print(len(list(zip(range(10**10), range(10**10)))))
