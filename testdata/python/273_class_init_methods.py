# a class with __init__ and methods
class Dog:
    def __init__(self, name):
        self.name = name
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

d = Dog("Fido")
e = Dog("Buddy")
d.add_trick("roll over").add_trick("sit")
e.add_trick("play dead")
print(d.name, d.tricks)
print(e.name, e.tricks)
