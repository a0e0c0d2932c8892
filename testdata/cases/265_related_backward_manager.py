# entry_set is a manager: filter, count and order it like any QuerySet, each call a new query
b = Blog.objects.get(id=1)
print(b.entry_set.count())
print(b.entry_set.filter(headline__icontains="a").count())
print([e.id for e in b.entry_set.order_by("-pub_date", "-id")[:3]])
print(b.entry_set.exists())
for q in connection.queries:
    print(q["sql"])
