# an inconsistent base order is a TypeError when the class is made
class A:
    pass
class B(A):
    pass
print([c.__name__ for c in B.__mro__])
class C(A, B):
    pass
