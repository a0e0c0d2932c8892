# a range step of zero is a ValueError
for i in range(3):
    print(i)
r = range(1, 10, 0)
