# exclude(book__in=[ids]) and exclude(book=obj) compare the related primary key inside the NOT EXISTS; exclude(book__isnull=True) keeps the outer table in the subquery (U0) for its LEFT OUTER JOIN
b = Book.objects.get(id=26)
print(Author.objects.exclude(book=b).count())
names = Author.objects.exclude(book__in=[26, 63, 135]).order_by("id").values_list("name", flat=True)
print(list(names[:3]))
print(Author.objects.exclude(book__in=[]).count())
print(Author.objects.exclude(book__isnull=True).count(), Author.objects.exclude(book__isnull=False).count())
print(Author.objects.exclude(book__genres__isnull=True).count())
for q in connection.queries:
    print(q["sql"])
