# issubclass needs a class as its first argument
class A: pass
print(issubclass(A, object))
print(issubclass(A(), object))
