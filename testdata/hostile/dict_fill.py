# error: LimitExceeded
# a dict filled item by item in a loop without end.
d = {}
i = 0
while True:
    d[i] = str(i) * 10
    i += 1
