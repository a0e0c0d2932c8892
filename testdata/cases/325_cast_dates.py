# Cast to a DateField is date(), to a DateTimeField strftime(): SQLite's own date functions
from django.db import models
from django.db.models.functions import Cast
rows = Comment.objects.annotate(day=Cast("created_at", output_field=models.DateField())).values_list("created_at", "day").order_by("id")[:2]
for row in rows:
    print(row)
rows = Entry.objects.annotate(at=Cast("pub_date", output_field=models.DateTimeField())).values_list("pub_date", "at").order_by("id")[:2]
for row in rows:
    print(row)
for q in connection.queries:
    print(q["sql"])
