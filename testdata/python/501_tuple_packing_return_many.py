# functions returning tuples unpacked in a loop
def stats(values):
    n = len(values)
    mean = sum(values) / n
    return n, mean, min(values), max(values)

for row in ([1, 2, 3], [10, 0], [7]):
    n, mean, lo, hi = stats(row)
    print(f"n={n} mean={mean:.2f} range={lo}..{hi}")
