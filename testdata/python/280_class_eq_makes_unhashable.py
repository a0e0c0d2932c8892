# defining __eq__ without __hash__ makes instances unhashable
class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name

print(Tag("a") == Tag("a"))
print(Tag.__hash__)
tags = {Tag("a")}
