# options: max_memory=4194304
# python: skip (limits are the lab's)
s = "ab" * 1000000
print(len(s))
t = s * 3
print(len(t))
---
2000000

--- LimitExceeded: memory: this value would take about 5 MiB, which with what the script holds already is more than the run's memory limit (4 MiB); build a smaller one (fewer items, a shorter string, a slice of the query) (line 5)
