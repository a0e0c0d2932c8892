# Sum(Case(When(...))) counts per category in one pass, as the conditional expressions page shows
totals = Entry.objects.aggregate(
    high=Sum(Case(When(rating__gte=4, then=Value(1)), default=Value(0))),
    low=Sum(Case(When(rating__lte=2, then=Value(1)), default=Value(0))),
)
print(totals)
labels = Entry.objects.annotate(
    band=Case(When(rating__gte=4, then=Value("high")), When(rating__lte=2, then=Value("low")), default=Value("mid"))
).values_list("id", "band").order_by("id")[:4]
print(list(labels))
for q in connection.queries:
    print(q["sql"])
