# a DateField plus a timedelta is a DateTimeField in Django: the annotation prints as a datetime
qs = Entry.objects.annotate(due=F("pub_date") + timedelta(days=14), before=F("pub_date") - timedelta(days=1)).order_by("id")[:3]
for e in qs:
    print(e.pub_date, repr(e.due), repr(e.before))
rows = Entry.objects.values("id", review=timedelta(days=2) + F("pub_date")).order_by("id")[:2]
print(list(rows))
for q in connection.queries:
    print(q["sql"])
