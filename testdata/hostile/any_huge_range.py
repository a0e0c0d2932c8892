# error: LimitExceeded
# any() over a huge range goes through every item in Go when none is true.
print(any(range(0, -1)) or any(filter(lambda x: x < 0, range(10**12))))
