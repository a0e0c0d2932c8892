# star and double-star unpack arguments at the call
def point(x, y, z=0):
    return f"({x}, {y}, {z})"

coords = [1, 2]
print(point(*coords))
print(point(*[1, 2, 3]))
opts = {"y": 5, "z": 9}
print(point(4, **opts))
print(point(*range(2), **{"z": 7}))
print(*[1, 2, 3], sep="-")
