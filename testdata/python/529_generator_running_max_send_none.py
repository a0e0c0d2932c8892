# a generator used through next() only, remembering the maximum
def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best

print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
