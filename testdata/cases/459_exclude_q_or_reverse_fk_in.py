# exclude(Q(book__in=...) | Q(...)): the reverse-ForeignKey part becomes its own EXISTS inside the negated OR
long_books = Book.objects.filter(pages__gt=1000)
qs = Author.objects.exclude(Q(book__in=long_books) | Q(name__startswith="A"))
print(qs.count())
print([a.name for a in qs.order_by("name")[:3]])
for q in connection.queries:
    print(q["sql"])
