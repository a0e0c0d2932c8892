# Ordering by a window annotation uses its select position; a window in values_list() keeps its alias
rows = (
    Entry.objects.filter(blog_id=5)
    .annotate(comments_rank=Window(DenseRank(), order_by=F("number_of_comments").desc()))
    .order_by("comments_rank", "-id")
    .values_list("id", "number_of_comments", "comments_rank")[:5]
)
print(list(rows))
shares = (
    Entry.objects.filter(blog_id=5)
    .annotate(total=Window(Sum("number_of_comments")))
    .order_by(F("total").desc(nulls_last=True), "id")
)
for e in shares[:3]:
    print(e.id, e.number_of_comments, e.total, round(e.number_of_comments / e.total, 3))
for q in connection.queries:
    print(q["sql"])
