# A custom database function as a Func subclass, and Func used directly with function=
from django.db.models import Func, F, FloatField
class Sqrt(Func):
    function = "SQRT"
    output_field = FloatField()
print(list(Book.objects.annotate(r=Sqrt("pages")).order_by("id").values_list("title", "r")[:2]))
print(list(Book.objects.annotate(u=Func(F("title"), function="UPPER")).order_by("id").values_list("u", flat=True)[:2]))
for q in connection.queries:
    print(q["sql"])
