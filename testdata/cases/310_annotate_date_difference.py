# F("mod_date") - F("pub_date") is a DurationField: Python timedeltas computed by django_timestamp_diff()
qs = Entry.objects.annotate(age=F("mod_date") - F("pub_date")).order_by("-age", "id")[:3]
for e in qs:
    print(e.id, e.pub_date, e.mod_date, e.age, repr(e.age))
print(Entry.objects.annotate(age=F("mod_date") - F("pub_date")).filter(age=timedelta(0)).count())
print(Entry.objects.aggregate(longest=Max(F("mod_date") - F("pub_date")), shortest=Min(F("mod_date") - F("pub_date"))))
for q in connection.queries:
    print(q["sql"])
