# filtering on an aggregate annotation becomes HAVING; filtering on a plain field stays in WHERE
prolific = Author.objects.annotate(n=Count("book")).filter(n__gte=10).order_by("-n", "id")
print([(a.name, a.n) for a in prolific][:3])
print(Author.objects.annotate(n=Count("book")).filter(n__gte=10, country__code="GB").count())
for q in connection.queries:
    print(q["sql"])
