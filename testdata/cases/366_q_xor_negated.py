# ~(a ^ b) and exclude(a ^ b) keep rows where both or neither match
a, b = Q(pages__gt=500), Q(price__lt=15)
print(Book.objects.filter(~(a ^ b)).count())
print(Book.objects.exclude(a ^ b).count())
print(Book.objects.filter(a ^ b, author__country__code="US").count())
print(~(a ^ b))
for q in connection.queries:
    print(q["sql"])
