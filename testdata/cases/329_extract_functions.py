# ExtractYear, ExtractMonth, ExtractDay and Extract(expression, lookup_name) as annotations, and entries counted per month and quarter
from django.db.models.functions import ExtractDay, ExtractMonth, ExtractYear
rows = Entry.objects.annotate(y=ExtractYear("pub_date"), m=ExtractMonth("pub_date"), d=ExtractDay("pub_date")).values_list("pub_date", "y", "m", "d").order_by("id")[:3]
for row in rows:
    print(row)
per_month = Entry.objects.filter(pub_date__year=2024).annotate(month=ExtractMonth("pub_date")).values("month").annotate(n=Count("id")).order_by("month")
for row in per_month:
    print(row)
per_quarter = Entry.objects.filter(pub_date__year=2024).values(quarter=Extract("pub_date", "quarter")).annotate(n=Count("id")).order_by("quarter")
print([(row["quarter"], row["n"]) for row in per_quarter])
for q in connection.queries:
    print(q["sql"])
