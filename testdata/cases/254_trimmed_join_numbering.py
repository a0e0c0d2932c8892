# a lookup on a related primary key skips its join, yet the skipped join still numbers the next aliases (T5, T6, T7)
print(Blog.objects.filter(entry__authors__isnull=False).filter(entry__authors__name__startswith="A").distinct().count())
print(Book.objects.filter(genres__id=1).filter(genres__name="Fantasy").count())
print(Book.objects.filter(genres__id=1).update(pages=F("pages")))
print(Entry.objects.filter(blog__id=2).exclude(authors__id=3).count())
for q in connection.queries:
    print(q["sql"])
