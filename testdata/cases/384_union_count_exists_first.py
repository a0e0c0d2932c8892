# count(), exists(), first(), last() and get() on a union: COUNT(*) over a subquery, SELECT 1 in each part, ORDER BY "col1"
short = Book.objects.filter(pages__lt=120)
pricey = Book.objects.filter(price__gt=49)
both = short.union(pricey)
print(both.count())
print(both.order_by("-pk")[:3].count())
print(both.exists(), both.order_by("title")[7:].exists(), both.order_by("title")[8:].exists())
print(both.first(), both.last())
print(both.order_by("price").last())
print(both.order_by("title")[:1].get())
print(both.latest("pages"))
for q in connection.queries:
    print(q["sql"])
