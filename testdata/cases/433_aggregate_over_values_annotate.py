# Average number of books per publisher: values().annotate() groups, aggregate() summarizes the groups
per_publisher = Book.objects.values("publisher").annotate(n=Count("id"))
print(per_publisher.aggregate(Avg("n"), Min("n"), Max("n")))
for q in connection.queries:
    print(q["sql"])
