# values() with a window filter: the ordering by select position is repeated outside the qualify subquery
rows = (
    Book.objects.filter(pages__gt=300)
    .annotate(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"]))
    .filter(position__lte=2)
    .order_by("author_id", "position")
    .values("author_id", "title", "position")[:6]
)
for r in rows:
    print(r)
for q in connection.queries:
    print(q["sql"])
