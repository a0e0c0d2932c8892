# Prefetch with both queryset= and to_attr=: a filtered, ordered list on the attribute, while book_set still prefetches every book; a sliced queryset takes the slice per author (ROW_NUMBER() in subqueries), and only with to_attr
authors = Author.objects.prefetch_related(
    Prefetch("book_set", queryset=Book.objects.filter(pages__gt=300).order_by("-pages"), to_attr="long_books"),
    "book_set",
).order_by("id")[:3]
for a in authors:
    print(a.name, [(b.title, b.pages) for b in a.long_books], len(a.book_set.all()))
top_two = Author.objects.prefetch_related(Prefetch("book_set", queryset=Book.objects.order_by("-pages")[:2], to_attr="top")).order_by("id")[:3]
for a in top_two:
    print(a.name, [(b.title, b.pages) for b in a.top])
for q in connection.queries:
    print(q["sql"])
print(list(Author.objects.prefetch_related(Prefetch("book_set", queryset=Book.objects.order_by("-pages")[:2])).order_by("id")[:3]))
