# a helper that returns a default on any lookup error
def dig(data, *keys, default=None):
    try:
        for key in keys:
            data = data[key]
        return data
    except (KeyError, IndexError, TypeError):
        return default

doc = {"a": [{"b": 1}, {"c": [5, 6]}]}
print(dig(doc, "a", 1, "c", 0), dig(doc, "a", 5), dig(doc, "a", 0, "b", "x", default="n/a"))
