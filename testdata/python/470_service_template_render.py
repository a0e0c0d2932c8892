# a tiny template renderer with str.format_map and a missing key
class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"

template = "Dear {name}, your order {order} ships {when}."
print(template.format_map(SafeDict(name="Ann", order=42)))
print(template.format(name="Bob", order=7, when="today"))
