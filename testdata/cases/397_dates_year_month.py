# dates(): the distinct years and months with entries, as date objects (DISTINCT django_date_trunc(...) ORDER BY 1)
print(Entry.objects.dates("pub_date", "year"))
months = Entry.objects.filter(blog__name__startswith="A").dates("pub_date", "month", order="DESC")
for d in months[:4]:
    print(d.year, d.month, d)
print(Entry.objects.filter(rating=5).dates("pub_date", "month").count())
for q in connection.queries:
    print(q["sql"])
