# F("mod_date") - F("pub_date") is a DurationField (ExpressionWrapper only restates it): Python timedeltas computed by django_timestamp_diff(), filtered, ordered and aggregated
from django.db.models import DurationField, ExpressionWrapper
qs = Entry.objects.annotate(age=F("mod_date") - F("pub_date")).order_by("-age", "id")[:3]
for e in qs:
    print(e.id, e.pub_date, e.mod_date, e.age, repr(e.age))
print(Entry.objects.annotate(age=F("mod_date") - F("pub_date")).filter(age=timedelta(0)).count())
late = Entry.objects.annotate(gap=F("mod_date") - F("pub_date")).filter(gap__gt=timedelta(days=300))
print(late.count())
for row in late.values("id", "gap").order_by("-gap", "id")[:2]:
    print(row)
wrapped = ExpressionWrapper(F("mod_date") - F("pub_date"), output_field=DurationField())
print(wrapped, list(Entry.objects.annotate(age=wrapped).filter(age__gte=timedelta(days=360)).values_list("id", "age").order_by("id")))
print(Entry.objects.aggregate(longest=Max(F("mod_date") - F("pub_date")), average=Avg(F("mod_date") - F("pub_date"))))
for q in connection.queries:
    print(q["sql"])
