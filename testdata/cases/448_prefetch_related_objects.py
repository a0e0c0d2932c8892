# prefetch_related_objects() prefetches onto instances already in hand (a list, not a QuerySet): same queries as prefetch_related
authors = list(Author.objects.order_by("id")[:3])
prefetch_related_objects(authors, "book_set", Prefetch("entry_set", queryset=Entry.objects.only("headline")))
for a in authors:
    print(a.name, [b.title for b in a.book_set.all()], len(a.entry_set.all()))
prefetch_related_objects([], "book_set")
print(len(connection.queries), "queries so far")
for q in connection.queries:
    print(q["sql"])
