# A window over an aggregate: rank authors by how many books they wrote (the window does not join the GROUP BY,
# except after values() when it has a partition: Django then groups by the window itself, which SQLite refuses)
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
by_country = (
    Book.objects.values("author_id")
    .annotate(total=Sum("pages"), place=Window(Rank(), partition_by="author__country", order_by=F("total").desc()))
    .order_by("author_id")
)
list(by_country[:3])
