# prefetching two levels sends one query per level whatever the number of rows
blogs = Blog.objects.prefetch_related("entry_set__authors").order_by("id")[:2]
for b in blogs:
    entries = b.entry_set.all()
    print(b.name, len(entries), sum([len(e.authors.all()) for e in entries]))
print(len(connection.queries), "queries")
