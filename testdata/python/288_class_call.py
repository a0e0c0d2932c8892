# __call__ makes instances callable
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, value):
        return value * self.factor

double = Multiplier(2)
print(double(21), callable(double), callable(Multiplier))
print(list(map(Multiplier(3), [1, 2, 3])))
