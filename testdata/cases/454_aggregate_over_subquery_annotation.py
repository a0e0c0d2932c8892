# aggregate() reading an annotation that holds a Subquery runs over the annotated query as a subquery, like an aggregate annotation does
latest_pages = Book.objects.filter(author=OuterRef("pk")).order_by("-published_date").values("pages")[:1]
authors = Author.objects.annotate(latest=Subquery(latest_pages))
print(authors.aggregate(Avg("latest"), Max("latest")))
print(authors.filter(country__code="GB").aggregate(Min("latest")))
for q in connection.queries:
    print(q["sql"])
