# namedtuple gives tuples named fields
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p))
x, y = p
print(x, y, p._asdict())
print(p._replace(x=1), Point._fields)
Row = namedtuple("Row", "id name active", defaults=[True])
print(Row(1, "ann"))
