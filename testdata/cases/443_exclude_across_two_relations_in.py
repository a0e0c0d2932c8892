# exclude(book__genres__name__in=[...]): one NOT EXISTS over books joined to their genres, not "some book has another genre"
poetry_free = Author.objects.exclude(book__genres__name__in=["Poetry", "Mystery"])
print(poetry_free.count())
print(Author.objects.filter(book__genres__name__in=["Poetry", "Mystery"]).distinct().count())
for a in poetry_free.order_by("id")[:3]:
    print(a.name)
for q in connection.queries:
    print(q["sql"])
