# Count(..., filter=Q(...)) used again in filter(): the HAVING repeats the aggregate, its FILTER condition in parentheses as Django re-resolves it
busy = Author.objects.annotate(n=Count("book", filter=Q(book__pages__gt=300))).filter(n__gt=1)
print(list(busy.values_list("name", "n").order_by("-n", "name")[:3]))
print(busy.count())
print(busy.aggregate(Sum("n")))
for q in connection.queries:
    print(q["sql"])
