# all and any validating a list of records
rows = [{"qty": 2, "price": 5}, {"qty": 0, "price": 3}, {"qty": 1, "price": 0}]
print(all(r["qty"] >= 0 for r in rows), any(r["qty"] == 0 for r in rows))
print(all(r["price"] for r in rows), any(r["price"] > 4 for r in rows))
print([i for i, r in enumerate(rows) if not all(r.values())])
