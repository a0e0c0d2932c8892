# Aggregates over a partition keep every row: each book next to its publisher's totals; aggregate() of a window
# reads a subquery, and a Window itself is no aggregate for aggregate()
rows = (
    Book.objects.annotate(
        publisher_books=Window(Count("id"), partition_by="publisher"),
        publisher_pages=Window(Sum("pages"), partition_by="publisher"),
        publisher_avg_price=Window(Avg("price"), partition_by=[F("publisher")]),
        longest=Window(Max("pages"), partition_by="publisher"),
        shortest=Window(Min("pages"), partition_by="publisher"),
    )
    .filter(id__lte=5)
    .order_by("id")
)
for b in rows:
    print(b.id, b.publisher_id, b.publisher_books, b.publisher_pages, round(b.publisher_avg_price, 2), b.longest, b.shortest)
per_publisher = Book.objects.annotate(publisher_pages=Window(Sum("pages"), partition_by="publisher"))
print(per_publisher.aggregate(most=Max("publisher_pages"), all_pages=Sum("pages")))
for q in connection.queries:
    print(q["sql"])
Book.objects.aggregate(total=Window(Sum("pages")))
