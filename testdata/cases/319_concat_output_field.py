# Concat with output_field=models.CharField() joins text and numbers
from django.db import models
from django.db.models.functions import Concat
qs = Book.objects.annotate(label=Concat("title", Value(", "), "pages", Value(" pages"), output_field=models.CharField())).order_by("id")[:3]
for b in qs:
    print(b.label)
print(list(Entry.objects.values_list(Concat("headline", Value(" #"), "id", output_field=models.TextField()), flat=True).order_by("id")[:2]))
for q in connection.queries:
    print(q["sql"])
