# class attributes are shared, instance attributes are per object
class Dog:
    kind = "canine"
    def __init__(self, name):
        self.name = name

d, e = Dog("Fido"), Dog("Buddy")
print(d.kind, e.kind, d.name, e.name)
d.kind = "wolf"
print(d.kind, e.kind, Dog.kind)
Dog.kind = "dog"
print(d.kind, e.kind)
print(sorted(vars(d)), "kind" in vars(e))
