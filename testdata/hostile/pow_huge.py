# error: LimitExceeded
# ** whose result would have 10**10 bits.
print(2 ** 10**10)
