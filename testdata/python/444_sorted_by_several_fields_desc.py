# sorting by one field descending and another ascending
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 25)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
ages = sorted({age for _, age in people}, reverse=True)
print(ages, [name for name, age in people if age == ages[0]])
