# a recursive binary search on a sorted list
def search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search(items, target, mid + 1, hi)
    return search(items, target, lo, mid - 1)

data = [2, 3, 5, 7, 11, 13, 17]
print([search(data, t) for t in [2, 7, 17, 4]])
