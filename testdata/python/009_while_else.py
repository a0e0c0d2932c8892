# while-else runs else when the condition becomes false without break
n = 0
while n < 3:
    print("n is", n)
    n += 1
else:
    print("done counting at", n)

m = 10
while m > 0:
    if m == 7:
        print("breaking at", m)
        break
    m -= 1
else:
    print("never printed")
