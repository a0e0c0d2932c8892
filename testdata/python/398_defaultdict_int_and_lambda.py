# defaultdict with int and a lambda factory
from collections import defaultdict
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(sorted(counts.items()))
labels = defaultdict(lambda: "unknown")
labels["a"] = "alpha"
print(labels["a"], labels["b"], sorted(labels))
