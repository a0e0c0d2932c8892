# collections types work with isinstance and type(), json and copy see them as dicts and tuples
import json, copy
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
Point = namedtuple("Point", "x y")
values = [Counter("aab"), defaultdict(list), OrderedDict(a=1), deque([1]), Point(1, 2)]
for v in values:
    print(type(v).__name__, isinstance(v, (Counter, defaultdict, OrderedDict, deque, Point)))
print(isinstance(Point(1, 2), Point), isinstance((1, 2), Point), type(Point(0, 0)) is Point)
print(json.dumps({"c": Counter("ab"), "p": Point(1, 2), "o": OrderedDict(z=1)}))
c = Counter(a=1)
c2 = copy.copy(c)
c2["a"] += 5
print(c, c2, copy.deepcopy(defaultdict(list, {"k": [1]})))
print(Counter, defaultdict, deque, repr(Point))
