# annotations are stored but not enforced
def scale(value: float, factor: int = 2) -> float:
    return value * factor

print(scale(1.5))
print(scale("ab", 3))
print(scale.__annotations__["return"].__name__)
