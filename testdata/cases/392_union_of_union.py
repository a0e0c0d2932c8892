# combining a combined QuerySet again: SQLite gets the inner compound statement as SELECT * FROM (...)
short = Book.objects.filter(pages__lt=100)
pricey = Book.objects.filter(price__gt=49)
first_ones = Book.objects.filter(id__lte=2)
print(short.union(pricey).union(first_ones).order_by("id")[:4])
print(short.union(pricey).difference(first_ones).count())
for q in connection.queries:
    print(q["sql"])
