# a base class clause first catches its subclasses too
class B(Exception):
    pass
class C(B):
    pass

for cls in [B, C]:
    try:
        raise cls()
    except B:
        print("B catches", cls.__name__)
    except C:
        print("never reached")
