# concatenating str and int is a TypeError
count = 3
print("count: " + str(count))
print("count: " + count)
