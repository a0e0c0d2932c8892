# defaultdict(list) groups values without setdefault
from collections import defaultdict
pairs = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear")]
groups = defaultdict(list)
for kind, name in pairs:
    groups[kind].append(name)
print(dict(groups))
print(groups["missing"], len(groups))
print(groups)
