# while with a countdown and augmented assignment
count = 5
total = 0
while count:
    total += count
    count -= 1
print("total", total, "count", count)
