# truthiness uses __bool__, else __len__, else always true
class Cart:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

class Plain:
    pass

print(bool(Cart([])), bool(Cart([1])), bool(Flag(False)), bool(Flag(True)), bool(Plain()))
if not Cart([]):
    print("empty cart")
