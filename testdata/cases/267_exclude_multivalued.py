# exclude() on a multi-valued relation uses a subquery: it drops blogs having any entry that matches
print(Blog.objects.exclude(entry__headline__icontains="tools").count())
print(Blog.objects.exclude(entry__headline__icontains="tools", entry__pub_date__year=2024).count())
print(Blog.objects.exclude(entry__rating=5).exclude(entry__rating=1).count())
for q in connection.queries:
    print(q["sql"])
