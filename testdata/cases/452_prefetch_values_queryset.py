# prefetch_related() on a values() queryset is ignored (dicts cannot hold prefetched objects); a Prefetch given a values() queryset is an error
rows = Book.objects.values("id", "title").prefetch_related("genres").order_by("id")[:2]
print(list(rows))
print(len(connection.queries), "query")
Prefetch("genres", queryset=Genre.objects.values("name"))
