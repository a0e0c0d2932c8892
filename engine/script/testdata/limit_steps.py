# options: max_steps=5000
# python: skip (limits are the lab's)
n = 0
while True:
    n += 1

---

--- LimitExceeded: steps: the script ran more than 5000 steps (items gone through inside builtins such as sum, sorted and join count too); loop over fewer items, or let the database count, filter and aggregate (line 5)
