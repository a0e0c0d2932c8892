# dotted names in patterns are compared as values, not captured
class Color:
    RED = "red"
    GREEN = "green"

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return "unknown " + other

print(paint("red"), paint("green"), paint("blue"))
