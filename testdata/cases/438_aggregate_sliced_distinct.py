# aggregate() on a sliced or distinct queryset aggregates the slice (or the distinct rows) in a subquery, not the whole table
print(Book.objects.order_by("-pages")[:5].aggregate(Sum("pages"), Avg("price")))
print(Book.objects.filter(pages__gt=300)[:10].aggregate(Max("pages")))
print(Book.objects.values("publisher").distinct().aggregate(Count("publisher")))
print(Book.objects.aggregate(Count("publisher")))
print(Author.objects.annotate(n=Count("book")).order_by("-n")[:5].aggregate(Sum("n")))
print(Book.objects.aggregate())
for q in connection.queries:
    print(q["sql"])
