# pk stands for the primary key in every lookup: exact, in, gt, and across a relation
print(Blog.objects.get(pk=3).name == Blog.objects.get(id__exact=3).name)
print(Blog.objects.filter(pk__in=[1, 4, 7]).count())
print(Blog.objects.filter(pk__gt=7).count())
print(Entry.objects.filter(blog__pk=3).count(), Entry.objects.filter(blog=3).count())
for q in connection.queries:
    print(q["sql"])
