# values_list() fetches only the columns used instead of whole model instances
titles = Book.objects.filter(author__country__code="DE").order_by("title").values_list("title", flat=True)[:3]
print(list(titles))
pairs = Book.objects.filter(author__country__code="DE").order_by("title").values_list("title", "author__name")[:2]
print(list(pairs))
for q in connection.queries:
    print(q["sql"])
