# json.dumps with a default function for custom objects
import json
from decimal import Decimal

def encode(obj):
    if isinstance(obj, Decimal):
        return str(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")

print(json.dumps({"price": Decimal("9.99"), "qty": 2}, default=encode))
