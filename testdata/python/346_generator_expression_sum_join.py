# generator expressions inside sum, join, min and max calls
books = [{"title": "Dune", "pages": 412}, {"title": "Emma", "pages": 279}]
print(sum(b["pages"] for b in books))
print(", ".join(b["title"] for b in books))
print(max(b["pages"] for b in books), min((b["pages"], b["title"]) for b in books))
print(sorted(b["title"].lower() for b in books))
print(dict((b["title"], b["pages"]) for b in books))
