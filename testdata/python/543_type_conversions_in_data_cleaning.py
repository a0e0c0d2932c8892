# cleaning string fields into typed values
raw = {"id": "12", "price": "9.50", "active": "true", "tags": "a, b ,c"}
clean = {
    "id": int(raw["id"]),
    "price": float(raw["price"]),
    "active": raw["active"].lower() in ("1", "true", "yes"),
    "tags": [t.strip() for t in raw["tags"].split(",")],
}
print(clean)
print({k: type(v).__name__ for k, v in clean.items()})
