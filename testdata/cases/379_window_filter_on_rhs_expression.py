# A window compared with another column: the column is read from the qualify subquery too
rows = (
    Entry.objects.filter(blog_id=6)
    .annotate(best_so_far=Window(Max("rating"), order_by="id", frame=RowRange(end=0)))
    .filter(rating__gte=F("best_so_far"))
    .order_by("id")
    .values_list("id", "rating", "best_so_far")[:6]
)
print(list(rows))
for q in connection.queries:
    print(q["sql"])
