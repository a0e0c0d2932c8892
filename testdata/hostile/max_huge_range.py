# error: LimitExceeded
# max() loops in Go over 10**12 items.
print(max(range(10**12)))
