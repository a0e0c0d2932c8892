# __hash__ with __eq__ lets instances be set members and dict keys
class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Tag) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Tag({self.name!r})"

tags = {Tag("Django"), Tag("django"), Tag("Python")}
print(len(tags), Tag("PYTHON") in tags)
counts = {Tag("x"): 1}
counts[Tag("X")] += 1
print(counts)
