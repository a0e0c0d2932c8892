# error: RecursionError
# a method calling itself without end
class Walker:
    def step(self, n):
        return self.step(n + 1)


Walker().step(0)
