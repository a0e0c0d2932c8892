# counting across a multi-valued relation repeats rows unless distinct() or Count(distinct=True) is used
print(Blog.objects.filter(entry__rating__gte=4).count())
print(Blog.objects.filter(entry__rating__gte=4).distinct().count())
print(Blog.objects.aggregate(n=Count("entry__authors", distinct=True)))
for q in connection.queries:
    print(q["sql"])
