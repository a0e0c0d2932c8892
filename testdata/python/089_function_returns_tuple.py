# returning several values returns a tuple
def minmax(items):
    return min(items), max(items)

lo, hi = minmax([3, 9, 1, 7])
print(lo, hi)
print(minmax("hello"))
