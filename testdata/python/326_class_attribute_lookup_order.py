# instance attributes shadow class attributes, methods are class attributes
class Widget:
    color = "red"
    def size(self):
        return 3

w = Widget()
w.color = "blue"
print(w.color, Widget.color)
w.size = lambda: 99
print(w.size(), Widget().size())
del w.color
print(w.color)
