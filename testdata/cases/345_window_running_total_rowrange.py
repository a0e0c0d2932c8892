# A running total and a three-row moving sum with RowRange frames
rows = (
    Entry.objects.filter(blog_id=1)
    .annotate(
        running=Window(Sum("number_of_comments"), order_by="id", frame=RowRange(end=0)),
        moving=Window(Sum("number_of_comments"), order_by="id", frame=RowRange(start=-2, end=0)),
        around=Window(Avg("rating"), order_by="id", frame=RowRange(start=-1, end=1)),
    )
    .order_by("id")
    .values("id", "number_of_comments", "running", "moving", "around")[:6]
)
for r in rows:
    print(r)
for q in connection.queries:
    print(q["sql"])
