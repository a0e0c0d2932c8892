# sorting is stable, so sorting twice orders by two keys
books = [
    {"title": "Emma", "year": 1815},
    {"title": "Dune", "year": 1965},
    {"title": "Persuasion", "year": 1815},
    {"title": "Anathem", "year": 2008},
]
by_year_then_title = sorted(books, key=lambda b: (b["year"], b["title"]))
print([b["title"] for b in by_year_then_title])
newest_first = sorted(books, key=lambda b: b["year"], reverse=True)
print([b["title"] for b in newest_first])
