# aggregating a list of dicts like a serializer's data
rows = [
    {"author": "Austen", "pages": 279},
    {"author": "Herbert", "pages": 412},
    {"author": "Austen", "pages": 474},
]
by_author = {}
for row in rows:
    by_author.setdefault(row["author"], []).append(row["pages"])
print(by_author)
print({a: sum(p) for a, p in by_author.items()})
print(sum(r["pages"] for r in rows) / len(rows))
