# intersection() and difference(): INTERSECT and EXCEPT of the parts' rows
top = Entry.objects.filter(rating=5).values_list("pub_date", flat=True)
low = Entry.objects.filter(rating=1).values_list("pub_date", flat=True)
print(list(top.intersection(low).order_by("-pub_date")[:3]))
print(top.difference(low).count(), top.count())
short = Book.objects.filter(pages__lt=120)
pricey = Book.objects.filter(price__gt=49)
print(short.intersection(pricey).exists())
print(short.difference(pricey).order_by("-pages").first())
for q in connection.queries:
    print(q["sql"])
