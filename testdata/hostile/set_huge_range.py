# error: LimitExceeded
# set() of range(10**9) grows a hash table in Go.
s = set(range(10**9))
