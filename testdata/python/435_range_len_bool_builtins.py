# len, bool, sum and list on ranges
r = range(3, 30, 3)
print(len(r), bool(range(0)), sum(r), list(r)[-1], r[-2], min(r), max(r))
