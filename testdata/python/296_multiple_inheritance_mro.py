# multiple inheritance follows the MRO and super() walks it
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()

print(D().hello())
print([cls.__name__ for cls in D.__mro__])
print([cls.__name__ for cls in D.mro()])
