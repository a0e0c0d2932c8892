# polymorphic render methods chosen at run time
class Field:
    def __init__(self, name):
        self.name = name
    def render(self, value):
        return f"{self.name}={value}"
class BoolField(Field):
    def render(self, value):
        return f"{self.name}={'yes' if value else 'no'}"
class ListField(Field):
    def render(self, value):
        return super().render(",".join(map(str, value)))

fields = [Field("title"), BoolField("active"), ListField("ids")]
row = {"title": "Dune", "active": 0, "ids": [1, 2]}
print("; ".join(f.render(row[f.name]) for f in fields))
