# isinstance across a three-level hierarchy and builtin bases
class Shape:
    def area(self):
        return 0
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

shapes = [Shape(), Rect(2, 3), Square(4)]
for s in shapes:
    print(type(s).__name__, s.area(), isinstance(s, Rect), isinstance(s, Shape))
print([type(s).__name__ for s in shapes if type(s) is Rect])
