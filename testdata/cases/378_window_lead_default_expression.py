# Lead's default may be an expression: the title itself when there is no next book
rows = (
    Book.objects.filter(author_id=6)
    .annotate(next_title=Window(Lead("title", 1, F("title")), order_by="published_date"))
    .order_by("published_date")
    .values_list("published_date", "title", "next_title")
)
for r in rows:
    print(r)
for q in connection.queries:
    print(q["sql"])
