# error: LimitExceeded
# sorted() materialises a range of 10**9 items before sorting.
print(len(sorted(range(10**9))))
