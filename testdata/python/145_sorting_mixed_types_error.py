# sorting values that cannot be compared is a TypeError
print(sorted([3, 1.5, 2]))
print(sorted([3, "a", 1]))
