# TruncMonth in values(): entries per month, the report Django's docs build with it; Trunc(expression, kind) names the kind
from django.db.models.functions import TruncMonth, TruncYear
per_month = Entry.objects.filter(pub_date__year=2023).annotate(month=TruncMonth("pub_date")).values("month").annotate(n=Count("id"), comments=Sum("number_of_comments")).order_by("month")
for row in per_month[:4]:
    print(row["month"], row["n"], row["comments"])
per_year = Book.objects.values(year=TruncYear("published_date")).annotate(n=Count("id")).order_by("-year")[:3]
print(list(per_year))
per_quarter = Entry.objects.filter(pub_date__year=2024).annotate(q=Trunc("pub_date", "quarter")).values("q").annotate(n=Count("id")).order_by("q")
print([(row["q"], row["n"]) for row in per_quarter])
for q in connection.queries:
    print(q["sql"])
