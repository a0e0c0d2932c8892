# a generator that keeps running totals
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total

print(list(running_total([5, 10, -3, 8])))
