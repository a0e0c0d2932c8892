# count(), exists() and aggregate() of a window-filtered QuerySet read the qualify query as a subquery
best = Book.objects.annotate(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"])).filter(position=1)
print(best.count())
print(best.exists())
print(best.filter(pages__gt=500).count())
print(best.aggregate(Count("id"), pages=Sum("pages"), avg_price=Avg("price"), rows=Count("*")))
hidden = Book.objects.alias(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"])).filter(position__lte=2)
print(hidden.count())
print(hidden.aggregate(authors=Count("author", distinct=True)))
for q in connection.queries:
    print(q["sql"])
