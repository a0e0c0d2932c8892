# SQLite's ROUND takes no negative precision: Django raises when the query compiles
from django.db.models.functions import Round
qs = Book.objects.annotate(hundreds=Round("pages", -2))
print("annotated")
print(list(qs.values_list("hundreds", flat=True)[:3]))
