# reversed() of dicts and their subclasses, deque; json names the class of what it cannot encode
import json
from decimal import Decimal
from collections import OrderedDict, Counter, deque
print(list(reversed({"x": 1, "y": 2})), list(reversed(OrderedDict(a=1, b=2))), list(reversed(Counter("ab"))), list(reversed(deque([1, 2]))))
for value in (Decimal(1), deque(), {1, 2}, b"x"):
    try:
        json.dumps(value)
    except TypeError as e:
        print(e)
