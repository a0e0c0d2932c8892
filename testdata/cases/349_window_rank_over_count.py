# A window over an aggregate: rank authors by how many books they wrote (the window does not join the GROUP BY)
authors = (
    Author.objects.annotate(
        num_books=Count("book"),
        place=Window(Rank(), order_by=F("num_books").desc()),
    )
    .order_by("place", "name")
    .values("name", "num_books", "place")[:5]
)
for a in authors:
    print(a)
per_country = (
    Author.objects.values("country__name")
    .annotate(n=Count("id"), spread=Window(DenseRank(), order_by=F("n").desc()))
    .order_by("spread", "country__name")
)
for row in per_country:
    print(row)
for q in connection.queries:
    print(q["sql"])
