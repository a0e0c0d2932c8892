# deque with maxlen and its errors, namedtuple defaults and errors, OrderedDict basics
from collections import deque, namedtuple, OrderedDict
q = deque(range(5), maxlen=3)
print(q, q.maxlen)
q.appendleft(9)
print(q, 9 in q, q.count(9), q.index(4))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    q.remove(42)
except ValueError as e:
    print("ValueError", e)
P = namedtuple("P", "x y", defaults=[0])
print(P(1), P(1, 2)._asdict(), P._field_defaults, P(3, 4) < P(3, 5), hash(P(1, 2)) == hash(P(1, 2)))
for make in (lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1)._replace(z=3)):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
print(od, list(od.keys()), od.get("a"), OrderedDict())
