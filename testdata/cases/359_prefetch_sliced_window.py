# A sliced Prefetch queryset keeps the slice per related object: Django numbers each author's books with
# ROW_NUMBER() OVER (PARTITION BY author) instead of one LIMIT for all, and the slice needs to_attr
authors = (
    Author.objects.filter(id__lte=3)
    .order_by("id")
    .prefetch_related(Prefetch("book_set", queryset=Book.objects.order_by("-price", "id")[:2], to_attr="priciest"))
)
for a in authors:
    print(a.name, [(b.title, b.price) for b in a.priciest])
books = (
    Book.objects.filter(id__lte=3)
    .order_by("id")
    .prefetch_related(Prefetch("genres", queryset=Genre.objects.order_by("name")[1:], to_attr="other_genres"))
)
for b in books:
    print(b.title, [g.name for g in b.other_genres])
for q in connection.queries:
    print(q["sql"])
authors = Author.objects.filter(id__lte=3).prefetch_related(Prefetch("book_set", queryset=Book.objects.order_by("-price")[:2]))
list(authors)
