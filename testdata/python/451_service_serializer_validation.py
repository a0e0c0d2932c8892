# a serializer validating fields and collecting errors
class Serializer:
    required = ("title", "year")

    def __init__(self, data):
        self.data = data
        self.errors = {}

    def is_valid(self):
        for name in self.required:
            if name not in self.data:
                self.errors[name] = ["This field is required."]
        year = self.data.get("year")
        if year is not None and not isinstance(year, int):
            self.errors["year"] = ["A valid integer is required."]
        return not self.errors

for payload in [{"title": "Dune", "year": 1965}, {"title": "X"}, {"year": "soon"}]:
    s = Serializer(payload)
    print(s.is_valid(), s.errors)
