# a context manager measuring steps instead of time
class Counter:
    def __init__(self):
        self.count = 0
    def __enter__(self):
        self.count = 0
        return self
    def __exit__(self, *exc):
        print("counted", self.count)
    def tick(self):
        self.count += 1

with Counter() as c:
    for _ in range(7):
        c.tick()
print(c.count)
