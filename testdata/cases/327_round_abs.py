# Round(expression, precision) and Abs(): the result keeps the argument's field type
from django.db.models.functions import Abs, Round
rows = Book.objects.annotate(r=Round("price"), r1=Round("price", 1), off=Abs(F("pages") - 300)).values_list("price", "r", "r1", "pages", "off").order_by("id")[:3]
for row in rows:
    print(row)
print(list(Book.objects.annotate(r=Round("pages")).values_list("r", flat=True).order_by("id")[:2]))
closest = Book.objects.order_by(Abs(F("pages") - 300), "id")[:3]
print([(b.title, b.pages) for b in closest])
print(Book.objects.aggregate(avg=Round(Avg("price"), 2)))
for q in connection.queries:
    print(q["sql"])
