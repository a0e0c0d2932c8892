# error: LimitExceeded
# printing a list that holds one 100 MB string a hundred times builds 10 GB of text.
s = "x" * 10**8
print([s] * 100)
