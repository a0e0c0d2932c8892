# values_list("published_date__year", flat=True).distinct(): the years that have books
years = Book.objects.values_list("published_date__year", flat=True).distinct().order_by("published_date__year")
print(list(years))
print(years.count())
recent = Book.objects.filter(published_date__year__gte=2020).values_list("published_date__year", "title").order_by("-published_date__year", "title")[:4]
for year, title in recent:
    print(year, title)
for q in connection.queries:
    print(q["sql"])
