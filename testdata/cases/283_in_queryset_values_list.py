# __in takes a values_list() queryset: one statement with a subquery instead of two round trips
french = Author.objects.filter(country__code="FR").values_list("id", flat=True)
print(Book.objects.filter(author__in=french).count())
print(Book.objects.filter(author_id__in=list(french)).count())
for q in connection.queries:
    print(q["sql"])
