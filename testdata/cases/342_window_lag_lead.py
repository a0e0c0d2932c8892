# Lag() and Lead() read the previous and next row's value; offset and default are sent as parameters; the offset must be positive
rows = (
    Entry.objects.filter(blog_id=2)
    .annotate(
        previous_rating=Window(Lag("rating"), order_by=["pub_date", "id"]),
        two_ahead=Window(Lead("rating", offset=2, default=0), order_by=["pub_date", "id"]),
    )
    .order_by("pub_date", "id")
    .values_list("pub_date", "rating", "previous_rating", "two_ahead")[:6]
)
for r in rows:
    print(r)
for q in connection.queries:
    print(q["sql"])
Lead("rating", offset=0)
