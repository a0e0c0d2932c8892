# sorting namedtuples by a field and _make from a list
from collections import namedtuple
Book = namedtuple("Book", "title year")
rows = [["Emma", 1815], ["Dune", 1965], ["Beloved", 1987]]
books = [Book._make(r) for r in rows]
print(sorted(books, key=lambda b: b.year, reverse=True)[0])
print(min(books))
