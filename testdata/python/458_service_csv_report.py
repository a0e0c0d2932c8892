# building a CSV-like report from a list of dicts
rows = [
    {"title": "Dune", "author": "Herbert", "price": 9.5},
    {"title": "Emma", "author": "Austen", "price": 12},
    {"title": "It, Again", "author": "King", "price": 7.25},
]
def quote(value):
    text = str(value)
    return f'"{text}"' if "," in text else text

header = list(rows[0])
print(",".join(header))
for row in rows:
    print(",".join(quote(row[h]) for h in header))
