# union() of two filtered QuerySets: one compound SELECT, each part's columns aliased col1, col2, ...; ORDER BY names the alias
short = Book.objects.filter(pages__lt=120)
pricey = Book.objects.filter(price__gt=49)
both = short.union(pricey).order_by("title")
for book in both[:5]:
    print(book.title, book.pages, book.price)
print(short.count(), pricey.count(), short.union(pricey).count(), short.union(pricey, all=True).count())
for q in connection.queries:
    print(q["sql"])
