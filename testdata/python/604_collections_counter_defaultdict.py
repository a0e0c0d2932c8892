# Counter subtract/update/total and arithmetic, defaultdict with int and nested factories
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
c = Counter("mississippi")
c.subtract({"s": 2})
print(c, c.total(), c["z"], "z" in c)
c.update(a=2)
print(c.most_common(1), Counter(), Counter({"x": 0}))
print(Counter(a=2) - Counter(a=5), Counter(a=1) + Counter(b=2))
d = defaultdict(int)
for ch in "hello":
    d[ch] += 1
print(d, d.default_factory, "z" in d, len(d))
nested = defaultdict(lambda: defaultdict(list))
nested["a"]["b"].append(1)
print(dict(nested["a"]))
