# dataclass generates __init__, __repr__ and __eq__
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == Point(2, 1))
p.x = 10
print(p.x, repr(p))
