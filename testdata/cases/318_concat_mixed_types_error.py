# Concat of a CharField and an IntegerField: Django needs output_field, and says so when the query compiles
from django.db.models.functions import Concat
qs = Book.objects.annotate(label=Concat("title", Value(", "), "pages", Value(" pages")))
print("annotated")
print(qs.first().label)
