# subclassing dict and list keeps their repr and adds methods
class Row(dict):
    def pick(self, *keys):
        return {k: self[k] for k in keys}

class Rows(list):
    def column(self, key):
        return [r[key] for r in self]

rows = Rows([Row(id=1, name="a"), Row(id=2, name="b")])
print(rows, len(rows), rows.column("name"))
print(rows[0].pick("name"), isinstance(rows, list), type(rows).__name__)
