# cooperative __init__ through super() with keyword arguments
class Base:
    def __init__(self, **kwargs):
        print("Base init", sorted(kwargs))

class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named init", name)
        super().__init__(**kwargs)

class Aged(Base):
    def __init__(self, age, **kwargs):
        print("Aged init", age)
        super().__init__(**kwargs)

class Person(Named, Aged):
    pass

Person(name="ann", age=30, extra=1)
