# FirstValue() and LastValue(): LastValue needs a frame reaching the end of the partition (RowRange)
rows = (
    Book.objects.filter(author_id__in=[4, 5])
    .annotate(
        first_title=Window(FirstValue("title"), partition_by="author_id", order_by="published_date"),
        last_default=Window(LastValue("title"), partition_by="author_id", order_by="published_date"),
        last_title=Window(
            LastValue("title"),
            partition_by="author_id",
            order_by="published_date",
            frame=RowRange(start=None, end=None),
        ),
    )
    .order_by("author_id", "published_date")
)
for b in rows:
    print(b.author_id, b.published_date, "|", b.first_title, "|", b.last_default, "|", b.last_title)
for q in connection.queries:
    print(q["sql"])
