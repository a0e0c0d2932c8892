# StopIteration ends a for loop over a class iterator silently
class Twice:
    def __init__(self, value):
        self.value = value
        self.left = 2
    def __iter__(self):
        return self
    def __next__(self):
        if not self.left:
            raise StopIteration("no more")
        self.left -= 1
        return self.value

print(list(Twice("x")))
t = Twice("y")
print(next(t), next(t))
print(next(t))
