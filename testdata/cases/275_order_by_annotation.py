# order_by() can name an annotation, which Django 5.2 sends as its position in the SELECT list
top = Blog.objects.annotate(n=Count("entry"), best=Max("entry__rating")).order_by("-n", "name")[:3]
print([(b.name, b.n, b.best) for b in top])
rows = Blog.objects.values("name").annotate(n=Count("entry")).order_by("n", "name")[:2]
print(list(rows))
for q in connection.queries:
    print(q["sql"])
