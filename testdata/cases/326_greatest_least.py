# Greatest and Least are MAX() and MIN() with several arguments on SQLite
from django.db.models.functions import Greatest, Least
rows = Entry.objects.annotate(
    last_touch=Greatest("pub_date", "mod_date"),
    low=Least("rating", "number_of_comments", "number_of_pingbacks"),
).values_list("pub_date", "mod_date", "last_touch", "low").order_by("id")[:3]
for row in rows:
    print(row)
print(Entry.objects.annotate(best=Greatest("number_of_comments", "number_of_pingbacks")).filter(best__gte=10).count())
print(list(Book.objects.order_by(Least("price", Value(10.0)).desc(), "id").values_list("id", flat=True)[:3]))
for q in connection.queries:
    print(q["sql"])
