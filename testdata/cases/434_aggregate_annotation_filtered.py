# A filter on the annotation becomes HAVING inside the subquery; other columns an aggregate reads are selected as __col1, __col2
prolific = Author.objects.annotate(n=Count("book")).filter(n__gt=3)
print(prolific.aggregate(Count("id")))
print(prolific.aggregate(Sum("n"), Max("id")))
print(Author.objects.annotate(n=Count("book"), low=Lower("name")).aggregate(total=Sum("n")))
# An aggregate's own filter= (or a When) may test the annotation: it reads the subquery's column by its alias
counted = Author.objects.annotate(n=Count("book"))
print(counted.aggregate(big=Count("id", filter=Q(n__gt=3)), big_too=Sum(Case(When(n__gt=3, then=Value(1)), default=Value(0)))))
for q in connection.queries:
    print(q["sql"])
