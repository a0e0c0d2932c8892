# forgetting super().__init__ leaves parent attributes unset
class Base:
    def __init__(self):
        self.ready = True

class Child(Base):
    def __init__(self):
        self.name = "child"

c = Child()
print(c.name)
print(c.ready)
