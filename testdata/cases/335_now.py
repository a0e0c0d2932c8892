# Now() is the database's clock, STRFTIME(..., 'NOW') on SQLite, not the lab clock of timezone.now()
from django.db.models.functions import Now
print(Entry.objects.filter(pub_date__lte=Now()).count())
print(Entry.objects.filter(pub_date__gt=Now()).exists())
e = Entry.objects.annotate(seen=Now()).order_by("id").first()
print(e.seen > datetime(2025, 1, 1), e.seen.year >= 2025)
print(Now())
for q in connection.queries:
    print(q["sql"])
