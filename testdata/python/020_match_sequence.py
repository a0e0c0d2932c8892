# match sequence patterns bind names by position
def where(point):
    match point:
        case (0, 0):
            return "Origin"
        case (0, y):
            return f"Y={y}"
        case (x, 0):
            return f"X={x}"
        case (x, y):
            return f"X={x}, Y={y}"
        case _:
            return "Not a point"

for p in [(0, 0), (0, 5), (3, 0), (2, 7), (1, 2, 3), "ab"]:
    print(p, where(p))
