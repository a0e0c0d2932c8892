# options: timeout=300ms max_steps=100000000000
# python: skip (limits are the lab's)
print("spinning")
while True:
    pass

---
spinning

--- LimitExceeded: time: the script ran longer than 300ms; loop over fewer items, or let the database do the work (line 5)
