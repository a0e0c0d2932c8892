# error: LimitExceeded
# join of 5,000 strings of 1 MB builds 5 GB in one call.
parts = ["x" * 10**6] * 5000
print(len("".join(parts)))
