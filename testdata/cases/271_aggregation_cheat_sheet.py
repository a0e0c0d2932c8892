# the aggregation page's cheat sheet on our books: totals, averages and extremes in one query each
print(Book.objects.count())
print(Book.objects.filter(publisher__name__icontains="press").count())
print(Book.objects.aggregate(Avg("price")))
print(Book.objects.aggregate(Max("price"), Min("pages")))
print(Book.objects.filter(author__country__code="FR").aggregate(total=Sum("pages"), cheapest=Min("price")))
for q in connection.queries:
    print(q["sql"])
