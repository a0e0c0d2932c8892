# deque appends and pops at both ends and rotates
from collections import deque
d = deque([1, 2, 3])
d.appendleft(0)
d.append(4)
print(d, d[0], d[-1], len(d))
d.rotate(1)
print(d)
d.rotate(-2)
print(d, d.pop(), d.popleft())
d.extendleft([9, 8])
print(d, list(reversed(d)))
