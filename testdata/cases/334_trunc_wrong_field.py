# TruncMonth of an IntegerField: Django's TypeError names the field
from django.db.models.functions import TruncMonth
print(Entry.objects.annotate(m=TruncMonth("pub_date")).filter(m__year=2020).count())
Entry.objects.annotate(m=TruncMonth("rating"))
