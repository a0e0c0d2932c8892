# values_list() after union() and ordering by a field it does not list: Django adds the column to every part as __orderbycolN
both = Book.objects.filter(pages__lt=120).union(Book.objects.filter(price__gt=49))
print(list(both.values_list("title", flat=True).order_by("-pages", "title")[:3]))
print(both.values("title").order_by("price")[:4].count())
for q in connection.queries:
    print(q["sql"])
