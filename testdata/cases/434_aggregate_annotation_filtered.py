# A filter on the annotation becomes HAVING inside the subquery; other columns an aggregate reads are selected as __col1, __col2
prolific = Author.objects.annotate(n=Count("book")).filter(n__gt=3)
print(prolific.aggregate(Count("id")))
print(prolific.aggregate(Sum("n"), Max("id")))
print(Author.objects.annotate(n=Count("book"), low=Lower("name")).aggregate(total=Sum("n")))
for q in connection.queries:
    print(q["sql"])
