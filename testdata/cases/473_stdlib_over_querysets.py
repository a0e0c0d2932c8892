# The standard library and the lazy builtins over QuerySets: one query per evaluation, as in Django
import json, statistics
from collections import Counter
from itertools import groupby, islice
books = Book.objects.order_by("pages")[:6]
print(Counter(b.author_id % 3 for b in books).most_common(2))
for i, (b, n) in enumerate(zip(books, range(3)), start=1):
    print(i, b.title, n)
print(statistics.mean(b.pages for b in books), max(books, key=lambda b: b.pages).title)
print(json.dumps(list(Book.objects.values("title", "pages").order_by("id")[:2])))
print(any(b.pages > 100 for b in Book.objects.all()))
for parity, group in groupby(Author.objects.order_by("id")[:4], key=lambda a: a.id % 2):
    print(parity, [a.name for a in group])
print(list(islice(Publisher.objects.all(), 2)))
print(len(connection.queries), "queries")
