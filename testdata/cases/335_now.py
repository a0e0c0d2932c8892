# Now() sends STRFTIME(..., 'NOW'): SQLite reads the time, which in the lab is the lab clock of timezone.now()
from django.db.models.functions import Now
print(Entry.objects.filter(pub_date__lte=Now()).count())
print(Entry.objects.filter(pub_date__gt=Now()).exists())
e = Entry.objects.annotate(seen=Now()).order_by("id").first()
print(e.seen, e.seen == timezone.now())
clock.advance(86400)
print(Entry.objects.annotate(seen=Now()).order_by("id").first().seen)
cursor = connection.cursor()
cursor.execute("SELECT date('now'), CURRENT_DATE, strftime('%Y', 'now')")
print(cursor.fetchone())
print(Now())
for q in connection.queries:
    print(q["sql"])
