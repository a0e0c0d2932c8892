# exclude(book__genres__name__in=[...]): one NOT EXISTS over books joined to their genres, not "some book has another genre"
poetry_free = Author.objects.exclude(book__genres__name__in=["Poetry", "Mystery"])
print(poetry_free.count())
print(Author.objects.filter(book__genres__name__in=["Poetry", "Mystery"]).distinct().count())
for a in poetry_free.order_by("id")[:3]:
    print(a.name)
# F() inside such an exclude() names the outer row (an OuterRef), not the book
print(Author.objects.exclude(book__pages__lt=F("id")).count(), Author.objects.filter(book__pages__lt=F("id")).distinct().count())
for q in connection.queries:
    print(q["sql"])
