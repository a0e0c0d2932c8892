# values().annotate().filter() then aggregate(): the grouped query with its HAVING becomes the subquery; GROUP BY names the last select position holding the column
big = Author.objects.values("country__name").annotate(n=Count("book")).filter(n__gt=10)
print(list(big.order_by("-n")))
print(big.aggregate(Count("country__name"), Max("n")))
for q in connection.queries:
    print(q["sql"])
