# an Extract annotation filtered and ordered; ExtractHour and ExtractWeekDay of a DateTimeField
from django.db.models.functions import ExtractHour, ExtractWeekDay, ExtractYear
print(Entry.objects.annotate(year=ExtractYear("pub_date")).filter(year=2020).count())
print(Entry.objects.annotate(year=ExtractYear("pub_date")).filter(year__gte=2023).count())
late = Comment.objects.annotate(hour=ExtractHour("created_at")).filter(hour__gte=22).order_by("-hour", "id")
print(late.count(), [c.hour for c in late[:3]])
by_day = Comment.objects.annotate(weekday=ExtractWeekDay("created_at")).values("weekday").annotate(n=Count("id")).order_by("weekday")
print([(row["weekday"], row["n"]) for row in by_day])
print(list(Entry.objects.order_by(ExtractYear("pub_date").desc(), "id").values_list("id", flat=True)[:3]))
for q in connection.queries:
    print(q["sql"])
