# __add__, __mul__, __radd__ and __neg__ for a vector
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __radd__(self, other):
        return self if other == 0 else self + other
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3, 2 * Vec(1, 1), -Vec(1, -1))
print(sum([Vec(1, 0), Vec(0, 1), Vec(2, 2)]))
