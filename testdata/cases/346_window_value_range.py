# ValueRange frames count rows by value distance (books within 50 pages of each book); exclusion= leaves rows out
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
print(WindowFrameExclusion.CURRENT_ROW, repr(RowRange(start=-1, end=1, exclusion=WindowFrameExclusion.TIES)))
others = (
    Book.objects.filter(author_id=1)
    .annotate(
        other_pages=Window(Sum("pages"), partition_by="author", frame=RowRange(exclusion=WindowFrameExclusion.CURRENT_ROW)),
        near_others=Window(Count("id"), order_by="pages", frame=ValueRange(start=-200, end=200, exclusion=WindowFrameExclusion.GROUP)),
    )
    .order_by("pages", "id")
    .values_list("pages", "other_pages", "near_others")
)
print(list(others))
for q in connection.queries:
    print(q["sql"])
