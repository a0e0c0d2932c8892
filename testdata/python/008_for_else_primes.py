# for-else in the classic prime search
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "equals", d, "*", n // d)
            break
    else:
        print(n, "is a prime number")
