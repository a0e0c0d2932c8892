# error: LimitExceeded
# a list holding the previous one twice, thirty levels deep: printing it walks a billion items.
l = [0] * 1000
for i in range(30):
    l = [l, l]
print(l)
