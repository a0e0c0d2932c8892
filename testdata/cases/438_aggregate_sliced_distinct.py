# aggregate() on a sliced or distinct queryset aggregates the slice (or the distinct rows) in a subquery, not the whole table
print(Book.objects.order_by("-pages")[:5].aggregate(Sum("pages"), Avg("price")))
print(Book.objects.filter(pages__gt=300)[:10].aggregate(Max("pages")))
print(Book.objects.values("publisher").distinct().aggregate(Count("publisher")))
print(Book.objects.aggregate(Count("publisher")))
for q in connection.queries:
    print(q["sql"])
