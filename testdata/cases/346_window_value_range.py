# ValueRange frames count rows by value distance: books within 50 pages of each book
rows = (
    Book.objects.annotate(
        near=Window(Count("id"), order_by="pages", frame=ValueRange(start=-50, end=50)),
        up_to=Window(Count("id"), order_by="pages", frame=ValueRange(end=0)),
    )
    .order_by("pages", "id")
    .values_list("pages", "near", "up_to")[:6]
)
for r in rows:
    print(r)
for q in connection.queries:
    print(q["sql"])
