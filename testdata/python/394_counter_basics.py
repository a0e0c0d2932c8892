# collections.Counter counts items and finds the most common
from collections import Counter
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c["the"], c["dog"], len(c))
print(c.most_common(2))
print(sorted(c.items()))
c.update(["cat", "cat"])
print(c["cat"], c.total())
