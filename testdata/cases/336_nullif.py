# NullIf turns zero into NULL, so Avg skips entries without comments and Coalesce brings a default back
from django.db.models.functions import Coalesce, NullIf
print(list(Entry.objects.annotate(c=NullIf("number_of_comments", Value(0))).values_list("number_of_comments", "c").order_by("id")[:6]))
print(Entry.objects.aggregate(all=Avg("number_of_comments"), commented=Avg(NullIf("number_of_comments", Value(0)))))
print(list(Entry.objects.annotate(c=Coalesce(NullIf("number_of_pingbacks", Value(0)), Value(-1))).values_list("c", flat=True).order_by("id")[:6]))
for q in connection.queries:
    print(q["sql"])
