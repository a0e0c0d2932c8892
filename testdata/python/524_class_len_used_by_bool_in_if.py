# an empty custom collection is falsy in if and while
class Queue:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def pop(self):
        return self.items.pop(0)

q = Queue("a", "b", "c")
while q:
    print("processing", q.pop(), "left", len(q))
print("queue empty:", not q)
