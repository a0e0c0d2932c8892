# Substr positions start at 1, as in SQL: 0 is refused before any query
from django.db.models.functions import Substr
print(Book.objects.count())
print(Book.objects.annotate(first=Substr("title", 0, 3)).first().first)
