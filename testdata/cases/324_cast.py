# Cast(expression, output_field=...) prints CAST(x AS type) with SQLite's type names
from django.db import models
from django.db.models import FloatField
from django.db.models.functions import Cast
rows = Book.objects.annotate(
    whole=Cast("price", output_field=models.IntegerField()),
    text=Cast("pages", output_field=models.CharField()),
    code=Cast("pages", output_field=models.CharField(max_length=3)),
    ratio=Cast("pages", output_field=FloatField()),
).values_list("price", "whole", "text", "code", "ratio").order_by("id")[:3]
for row in rows:
    print(row)
print(Book.objects.annotate(whole=Cast("price", models.IntegerField())).filter(whole=F("price")).count())
for q in connection.queries:
    print(q["sql"])
