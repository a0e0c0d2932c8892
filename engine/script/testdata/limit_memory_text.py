# options: max_memory=4194304
# python: skip (limits are the lab's)
l = ["x" * 100000] * 100
print(len(l))
print(l)
---
100

--- LimitExceeded: memory: the text of this value would take more than the run's memory limit (4 MiB) allows; print a part of it (a slice, a count) (line 5)
