# TruncDate, TruncDay and TruncMonth of a DateTimeField: a date, then datetimes at midnight
from django.db.models.functions import TruncDate, TruncDay, TruncMonth
rows = Comment.objects.annotate(d=TruncDate("created_at"), day=TruncDay("created_at"), month=TruncMonth("created_at")).values_list("created_at", "d", "day", "month").order_by("id")[:2]
for row in rows:
    print(row)
busy = Comment.objects.annotate(day=TruncDate("created_at")).values("day").annotate(n=Count("id")).filter(n__gte=3).order_by("-n", "day")[:3]
print(list(busy))
print(Comment.objects.filter(created_at__gte=TruncMonth(Value(datetime(2024, 12, 20, 15, 0)))).count())
for q in connection.queries:
    print(q["sql"])
