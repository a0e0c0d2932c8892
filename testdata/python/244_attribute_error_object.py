# reading a missing attribute of an instance
class Foo:
    def __init__(self):
        self.baz = 1

foo = Foo()
print(foo.baz)
print(foo.bar)
