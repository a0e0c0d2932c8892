# options: max_memory=16777216
# python: skip (limits are the lab's)
s = "ab" * 1000000
print(len(s))
t = s * 3
print(len(t))
---
2000000

--- LimitExceeded: memory: this value would take about 5 MiB; one value may take a quarter of the run's memory limit (16 MiB), less once the script holds others; build a smaller one (fewer items, a shorter string, a slice of the query) (line 5)
