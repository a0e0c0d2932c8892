# F("pub_date__year") and F("pub_date__month") reach a transform from an expression
entries = Entry.objects.annotate(year=F("pub_date__year"), month=F("pub_date__month")).order_by("id")[:4]
for e in entries:
    print(e.id, e.pub_date, e.year, e.month)
same_year = Entry.objects.filter(pub_date__year=F("mod_date__year")).count()
later_year = Entry.objects.filter(mod_date__year__gt=F("pub_date__year")).count()
print(same_year, later_year)
for q in connection.queries:
    print(q["sql"])
