# filter() before annotate() limits the rows counted; filter() after it limits the objects returned
before = Publisher.objects.filter(book__pages__gt=400).annotate(n=Count("book")).order_by("id")
after = Publisher.objects.annotate(n=Count("book")).filter(book__pages__gt=400).order_by("id")
print([(p.id, p.n) for p in before][:4])
print([(p.id, p.n) for p in after][:4])
for q in connection.queries:
    print(q["sql"])
