# issubclass with tuples and the object root
class A: pass
class B(A): pass
class C: pass
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(C, A))
print(issubclass(A, object), issubclass(int, object), isinstance(A, type))
print(issubclass(B, B))
