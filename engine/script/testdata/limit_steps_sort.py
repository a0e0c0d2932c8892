# options: max_steps=5000
# python: skip (limits are the lab's)
print(len(sorted(range(100))))
print(len(sorted(range(3000))))
---
100

--- LimitExceeded: steps: the script ran more than 5000 steps (items gone through inside builtins such as sum, sorted and join count too); loop over fewer items, or let the database count, filter and aggregate (line 4)
