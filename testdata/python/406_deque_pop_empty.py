# popping from an empty deque is an IndexError
from collections import deque
q = deque(["job"])
print(q.popleft())
try:
    q.popleft()
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
