# sort first so groupby makes one group per key
from itertools import groupby
orders = [{"status": "paid", "n": 1}, {"status": "new", "n": 2}, {"status": "paid", "n": 3}]
status = lambda o: o["status"]
orders.sort(key=status)
for key, items in groupby(orders, key=status):
    print(key, [o["n"] for o in items])
