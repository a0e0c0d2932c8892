# error: LimitExceeded
# *= repeats a list in place by a literal count.
l = list(range(1000))
l *= 1000000
