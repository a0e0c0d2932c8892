# alias() keeps the window out of the results: Django selects it as qual0 and masks it with "qualify_mask"
titles = (
    Book.objects.alias(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"]))
    .filter(position=1)
    .order_by("author_id")
    .values_list("title", flat=True)[:5]
)
print(list(titles))
for q in connection.queries:
    print(q["sql"])
