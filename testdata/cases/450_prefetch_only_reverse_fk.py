# Prefetch(queryset=Book.objects.only("title")) on a reverse ForeignKey: author_id is deferred, so Django loads it once per book to match books to authors (N extra queries)
authors = Author.objects.prefetch_related(Prefetch("book_set", queryset=Book.objects.only("title"))).order_by("id")[:2]
for a in authors:
    print(a.name, [b.title for b in a.book_set.all()])
print(len(connection.queries), "queries")
for q in connection.queries:
    print(q["sql"])
