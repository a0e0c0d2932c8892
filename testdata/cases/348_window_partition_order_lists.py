# partition_by and order_by take lists mixing strings, F() and F().asc()/desc(); names may end in a date transform
rows = (
    Entry.objects.annotate(
        place=Window(
            RowNumber(),
            partition_by=[F("blog"), "rating"],
            order_by=["-number_of_comments", F("pub_date").asc(), F("id").desc()],
        ),
    )
    .filter(blog_id=3, rating__gte=4)
    .order_by("rating", "place")
    .values_list("rating", "place", "number_of_comments", "pub_date")[:6]
)
for r in rows:
    print(r)
yearly = (
    Entry.objects.filter(blog_id=3)
    .annotate(
        year=F("pub_date__year"),
        year_avg=Window(Avg("rating"), partition_by=[F("blog"), F("pub_date__year")]),
        running=Window(Avg("rating"), partition_by="blog", order_by="pub_date__year"),
    )
    .filter(year__gte=2021)
    .order_by("pub_date", "id")
    .values_list("pub_date", "rating", "year_avg", "running")[:5]
)
for r in yearly:
    print(r)
for q in connection.queries:
    print(q["sql"])
