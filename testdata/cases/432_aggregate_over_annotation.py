# aggregate() over an aggregate annotation: Django computes it over the grouped query as a subquery
print(Author.objects.annotate(n=Count("book")).aggregate(Avg("n")))
print(Author.objects.annotate(n=Count("book")).aggregate(most=Max("n"), total=Sum("n")))
for q in connection.queries:
    print(q["sql"])
