# order=True generates comparisons by field order
from dataclasses import dataclass

@dataclass(order=True)
class Release:
    major: int
    minor: int
    name: str = ""

releases = [Release(4, 2, "b"), Release(3, 9), Release(4, 0, "a")]
print(sorted(releases))
print(Release(1, 0) < Release(1, 1), max(releases).name)
