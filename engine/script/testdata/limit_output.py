# options: max_output=20
# python: skip (limits are the lab's)
for i in range(100):
    print("line", i)

---
line 0
line 1
line 2
--- LimitExceeded: output: the script printed more than 20 bytes; print less (a slice, a count, a line per group) (line 4)
