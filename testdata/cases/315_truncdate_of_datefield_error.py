# TruncDate is for DateTimeFields: on a DateField Django sends the query and its SQLite function raises
from django.db.models.functions import TruncDate, TruncMonth
print(list(Entry.objects.annotate(m=TruncMonth("pub_date")).values_list("m", flat=True).order_by("id")[:2]))
print(list(Entry.objects.annotate(d=TruncDate("pub_date")).values_list("d", flat=True).order_by("id")[:2]))
