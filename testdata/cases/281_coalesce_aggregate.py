# Coalesce turns the NULL an empty aggregate gives into a number
print(Book.objects.filter(pages__gt=100000).aggregate(total=Sum("pages")))
print(Book.objects.filter(pages__gt=100000).aggregate(total=Coalesce(Sum("pages"), 0)))
authors = Author.objects.annotate(total=Coalesce(Sum("book__pages"), 0)).order_by("total", "id")[:3]
print([(a.id, a.total) for a in authors])
for q in connection.queries:
    print(q["sql"])
