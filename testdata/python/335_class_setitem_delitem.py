# __setitem__ and __delitem__ on a container class
class Registry:
    def __init__(self):
        self._items = {}
    def __setitem__(self, key, value):
        print("set", key)
        self._items[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self._items[key]
    def __len__(self):
        return len(self._items)

r = Registry()
r["a"] = 1
r["b"] = 2
del r["a"]
print(len(r))
