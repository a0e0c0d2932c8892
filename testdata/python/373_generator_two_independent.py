# each call to a generator function makes an independent generator
def letters():
    yield from "abc"

g1, g2 = letters(), letters()
print(next(g1), next(g1), next(g2), next(g1), next(g2))
