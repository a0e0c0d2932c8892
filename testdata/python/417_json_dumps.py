# json.dumps turns Python data into JSON text
import json
data = {"name": "Dune", "tags": ["sf", "classic"], "price": 9.5, "in_stock": True, "isbn": None}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps([1, "a", (2, 3)], separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=2))
print(json.dumps("café"), json.dumps("café", ensure_ascii=False))
