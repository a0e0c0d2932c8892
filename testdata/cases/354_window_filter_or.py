# A window condition ORed with a plain one moves both to the qualify step (the column is selected as qual0)
qs = (
    Book.objects.annotate(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"]))
    .filter(Q(position=1) | Q(pages__gt=1100))
    .order_by("id")
    .values_list("id", "position")
)
print(list(qs[:8]))
print(qs.count())
for q in connection.queries:
    print(q["sql"])
