# dict and list subclasses: __missing__, items, methods, super().__init__, equality and copies
class Defaults(dict):
    def __missing__(self, key):
        return "?" + key
class Rows(list):
    def total(self):
        return sum(self)
d = Defaults(a=1)
d["b"] = 2
print(d, d["a"], d["zz"], len(d), "a" in d, isinstance(d, dict), dict(d), {**d}, d.get("q"), sorted(d.keys()))
r = Rows([1, 2, 3])
r.append(4)
print(r, r.total(), len(r), r[1:3], isinstance(r, list), r == [1, 2, 3, 4], list(reversed(r)))
class Ctx(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.extra = True
c = Ctx({"x": 1}, y=2)
print(c, c.extra, c.items())
