# lists cannot go in a set because they are unhashable
tags = {("a", 1), ("b", 2)}
print(len(tags))
tags.add(["c", 3])
