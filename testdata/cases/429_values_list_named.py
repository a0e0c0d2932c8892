# values_list(named=True) yields Row namedtuples: attribute access, indexing, unpacking, _fields and _asdict()
rows = Book.objects.values_list("title", "author__name", "pages", named=True).order_by("id")[:3]
for r in rows:
    print(r)
r = rows[0]
print(r.title, "|", r.author__name, "|", r[2], "|", r[-1], "|", r[:2], "|", len(r))
title, author, pages = r
print(title, "by", author, "-", pages, "pages")
print(r._fields)
print(r._asdict())
print(type(r).__name__, r == rows[0], r.index(r.pages), r.count(r.title))
print(list(Blog.objects.values_list("id", Lower("name"), named=True).order_by("id")[:2]))
print(Blog.objects.values_list(named=True).order_by("id").first())
for q in connection.queries:
    print(q["sql"])
print(r.isbn)
