# deque with maxlen keeps only the last items
from collections import deque
recent = deque(maxlen=3)
for page in ["home", "books", "authors", "book/1", "book/2"]:
    recent.append(page)
    print(list(recent))
print(recent)
