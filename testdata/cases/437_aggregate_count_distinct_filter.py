# Count with distinct=True and filter=Q(...) together: COUNT(DISTINCT ...) FILTER (WHERE ...), mixed with positional aggregates
print(Book.objects.aggregate(
    Max("pages"),
    long_authors=Count("author", distinct=True, filter=Q(pages__gt=400)),
    books=Count("id"),
))
print(Entry.objects.aggregate(Avg("rating"), blogs=Count("blog", distinct=True, filter=Q(rating__gte=4) & Q(number_of_comments__gt=2))))
for q in connection.queries:
    print(q["sql"])
