# entries modified more than 30 days after publication: F() plus a timedelta in a filter
from datetime import timedelta
late = Entry.objects.filter(mod_date__gt=F("pub_date") + timedelta(days=30))
print(late.count())
for e in late.order_by("id")[:3]:
    print(e.headline, e.pub_date, e.mod_date)
print(Entry.objects.filter(mod_date__lte=F("pub_date") + timedelta(weeks=1)).count())
for q in connection.queries:
    print(q["sql"])
