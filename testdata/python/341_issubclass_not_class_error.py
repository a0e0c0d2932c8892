# issubclass needs a class as its first argument
class A: pass
print(issubclass(A, object))
try:
    print(issubclass(A(), object))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
