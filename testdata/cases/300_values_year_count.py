# values("pub_date__year").annotate(Count) groups entries by a transform of the date
from django.db.models import Count
per_year = Entry.objects.values("pub_date__year").annotate(n=Count("id")).order_by("pub_date__year")
for row in per_year:
    print(row)
busiest = Entry.objects.values("pub_date__year").annotate(n=Count("id")).order_by("-n")[:1]
print(list(busiest))
print(Entry.objects.values("pub_date__year").annotate(n=Count("id")).count())
for q in connection.queries:
    print(q["sql"])
