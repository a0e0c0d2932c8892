# values_list() after union() selects the same columns in every part; annotated parts keep their GROUP BY
short = Book.objects.filter(pages__lt=120).annotate(n=Count("genres"))
pricey = Book.objects.filter(price__gt=49).annotate(n=Count("genres"))
both = short.union(pricey)
print(list(both.order_by("-n", "title").values_list("title", "n")[:3]))
print([(b.title, b.n) for b in both.order_by("-n", "title")[:3]])
print(list(both.values_list("pages", flat=True).order_by("-pages")[:3]))
for q in connection.queries:
    print(q["sql"])
