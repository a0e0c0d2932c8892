# error: LimitExceeded
# sum() loops in Go over 10**12 items: the steps it goes through are counted.
print(sum(range(10**12)))
