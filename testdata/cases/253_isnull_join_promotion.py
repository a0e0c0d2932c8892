# isnull=False on a relation makes its join INNER for the whole filter() call, even when the lookup itself is trimmed
print(Blog.objects.filter(entry__authors__isnull=False, entry__authors__name__isnull=True).count())
print(Blog.objects.filter(entry__authors__isnull=False).distinct().count())
print(Blog.objects.filter(entry__authors__name__isnull=True).distinct().count())
print(Book.objects.filter(author__id=1, author__name__startswith="A").count())
for q in connection.queries:
    print(q["sql"])
