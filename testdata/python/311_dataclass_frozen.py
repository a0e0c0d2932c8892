# frozen dataclasses cannot be changed and are hashable
from dataclasses import dataclass

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

c = Coord(1.5, 2.0)
print(c, {c: "home"}[Coord(1.5, 2.0)])
c.lat = 0
