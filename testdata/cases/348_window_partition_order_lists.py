# partition_by and order_by take lists mixing strings, F() and F().asc()/desc()
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
for q in connection.queries:
    print(q["sql"])
