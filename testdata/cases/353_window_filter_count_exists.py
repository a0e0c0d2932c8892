# count() and exists() of a window-filtered QuerySet wrap the qualify query once more
best = Book.objects.annotate(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"])).filter(position=1)
print(best.count())
print(best.exists())
print(best.filter(pages__gt=500).count())
hidden = Book.objects.alias(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"])).filter(position__lte=2)
print(hidden.count())
for q in connection.queries:
    print(q["sql"])
