# filtering and ordering on a duration annotation, compared with a timedelta
qs = Entry.objects.annotate(gap=F("mod_date") - F("pub_date")).filter(gap__gt=timedelta(days=300))
print(qs.count())
for row in qs.values("id", "gap").order_by("-gap", "id")[:3]:
    print(row)
print(Entry.objects.annotate(gap=F("mod_date") - F("pub_date")).filter(gap__lt=timedelta(days=1)).count())
for q in connection.queries:
    print(q["sql"])
