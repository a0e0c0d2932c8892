# break inside with inside a loop exits the context
class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self.i
    def __exit__(self, *exc):
        print("exit", self.i)

for i in range(5):
    with CM(i) as n:
        if n == 2:
            break
        print("body", n)
