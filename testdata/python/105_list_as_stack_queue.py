# lists as stacks, deque as a queue
from collections import deque
stack = [3, 4, 5]
stack.append(6)
print(stack.pop(), stack)
queue = deque(["Eric", "John", "Michael"])
queue.append("Terry")
print(queue.popleft(), queue.popleft())
print(queue)
