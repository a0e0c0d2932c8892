# Window(RowNumber()) numbers each author's books from the most expensive, partitioned by author
books = (
    Book.objects.annotate(
        position=Window(RowNumber(), partition_by="author", order_by="-price"),
    )
    .filter(author_id__lte=2)
    .order_by("author_id", "position")
    .values("author__name", "title", "price", "position")
)
for row in books:
    print(row)
for q in connection.queries:
    print(q["sql"])
