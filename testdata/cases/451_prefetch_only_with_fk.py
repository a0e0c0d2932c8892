# The fix for the extra queries: keep the ForeignKey in only() so the prefetch can match books to authors without them
authors = Author.objects.prefetch_related(Prefetch("book_set", queryset=Book.objects.only("title", "author"))).order_by("id")[:2]
for a in authors:
    print(a.name, [b.title for b in a.book_set.all()])
print(len(connection.queries), "queries")
for q in connection.queries:
    print(q["sql"])
