# vars() of an instance and filtered dir()
class Item:
    kind = "thing"
    def __init__(self):
        self.a = 1
        self.b = 2

i = Item()
print(vars(i))
print([n for n in dir(i) if not n.startswith("_")])
