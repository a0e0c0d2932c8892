# default= replaces the NULL an aggregate returns over no rows: Django wraps it in COALESCE, typed as the aggregate
none = Book.objects.filter(pages__gt=10000)
print(none.aggregate(Sum("pages"), Avg("price"), Max("pages"), Min("published_date")))
print(none.aggregate(Sum("pages", default=0), Avg("price", default=0), Max("pages", default=0), Min("published_date", default=date(2000, 1, 1))))
print(Book.objects.aggregate(first=Min("published_date", default=date(2000, 1, 1))))
print(Book.objects.filter(id__in=[]).aggregate(Sum("pages", default=0), Count("id")))
# default= works in annotate() too, with filter=, and under an aggregate of the annotation
print(Book.objects.aggregate(s=Sum("pages", filter=Q(pages__gt=5000), default=0)))
totals = Author.objects.annotate(total=Sum("book__pages", default=0))
print(list(totals.values_list("name", "total").order_by("total", "id")[:2]), totals.aggregate(Min("total")))
for q in connection.queries:
    print(q["sql"])
