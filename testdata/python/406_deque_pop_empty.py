# popping from an empty deque is an IndexError
from collections import deque
q = deque(["job"])
print(q.popleft())
q.popleft()
