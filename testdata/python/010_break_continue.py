# continue skips to the next iteration, break leaves the loop
for n in range(10):
    if n % 3 == 0:
        continue
    if n > 7:
        break
    print(n, end=" ")
print()
