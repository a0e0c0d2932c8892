# Filtering on a window annotation: Django wraps the query in SELECT * FROM (...) "qualify" WHERE ...
top = (
    Book.objects.annotate(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"]))
    .filter(position=1)
    .order_by("author_id")[:5]
)
for b in top:
    print(b.author_id, b.position, b.price, b.title)
for q in connection.queries:
    print(q["sql"])
