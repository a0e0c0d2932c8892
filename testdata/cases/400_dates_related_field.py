# dates() through a relation joins the related table; a filter afterwards narrows the rows
years = Comment.objects.filter(approved=True).dates("entry__pub_date", "year")
print(list(years))
print(list(years.filter(entry__rating__gte=4)[:3]))
for q in connection.queries:
    print(q["sql"])
