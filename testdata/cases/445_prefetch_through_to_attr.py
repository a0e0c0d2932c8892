# A later lookup can go through a to_attr list: Prefetch("book_set", to_attr="bs") then "bs__genres" prefetches the genres of those books
authors = Author.objects.prefetch_related(Prefetch("book_set", to_attr="bs"), "bs__genres").order_by("id")[:3]
for a in authors:
    print(a.name, [(b.title, [g.name for g in b.genres.all()]) for b in a.bs])
for q in connection.queries:
    print(q["sql"])
# Order matters: a lookup through "bs" before the Prefetch that makes it finds no such attribute
print(list(Author.objects.prefetch_related("bs__genres", Prefetch("book_set", to_attr="bs"))[:2]))
