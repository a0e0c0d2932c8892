# a dict subclass with __missing__ supplying defaults
class Defaults(dict):
    def __missing__(self, key):
        value = key.upper()
        self[key] = value
        return value

d = Defaults(a="x")
print(d["a"], d["b"], d)
print(d.get("c"), "c" in d)
