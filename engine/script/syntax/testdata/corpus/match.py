match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case [Point(x=0, y=0), *rest]:
        print(rest)
    case {"x": x, "y": y, **kw}:
        pass
    case (1 | 2 | 3) as n if n > 1:
        pass
    case -1 | 1.5 | 2+3j | -2-1j | "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case _:
        pass
# ---
match x, y:
    case 1, *_:
        pass
    case (a, b, *c):
        pass
    case []:
        pass
    case ():
        pass
    case (x) if x:
        pass
    case [*_]:
        pass
    case {}:
        pass
    case {1: _, "k": [1, 2], None: x, a.b: y}:
        pass
    case str() | bytes():
        pass
    case Foo(1, 2, a=3):
        pass
# ---
match = 1
match.x = 2
match[1] = 3
print(match, case, type, _)
match(x)
case = 5
type = int
_ = 1
# ---
match (x):
    case 1: pass
match -x:
    case _: pass
match *a, b:
    case _: pass
def f():
    match x:
        case {**rest}:
            return rest
