# error: LimitExceeded
# a generator that never ends, consumed by sum()
def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(sum(x for x in naturals()))
