# none() in a union: empty parts are left out, a sliced union keeps one as WHERE 0 = 1, intersection with none() sends nothing
short = Book.objects.filter(pages__lt=100)
print(short.union(Book.objects.none()).count())
print(Book.objects.none().union(short).count())
print(list(short.union(Book.objects.none()).order_by("pages")[:2]))
print(list(short.intersection(Book.objects.none())))
print(short.difference(Book.objects.none()).count())
print(list(Book.objects.none().union(Book.objects.none())))
for q in connection.queries:
    print(q["sql"])
