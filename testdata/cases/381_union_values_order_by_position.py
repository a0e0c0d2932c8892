# union() of values() QuerySets: the ORDER BY of a combined query refers to columns by position
short = Book.objects.filter(pages__lt=120).values("title", "pages")
pricey = Book.objects.filter(price__gt=49).values("title", "pages")
for row in short.union(pricey).order_by("-pages", "title")[:4]:
    print(row)
for q in connection.queries:
    print(q["sql"])
