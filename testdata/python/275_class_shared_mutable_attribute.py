# a mutable class attribute is shared by every instance
class Dog:
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)

d, e = Dog("Fido"), Dog("Buddy")
d.add_trick("roll over")
e.add_trick("play dead")
print(d.tricks, e.tricks is d.tricks)
