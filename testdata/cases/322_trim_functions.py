# Trim, LTrim and RTrim remove spaces; update() can clean a column with them
from django.db.models.functions import LTrim, RTrim, Trim
padded = Concat(Value("  "), "name", Value("  "))
for row in Genre.objects.annotate(p=padded).annotate(t=Trim("p"), l=LTrim("p"), r=RTrim("p")).values("p", "t", "l", "r").order_by("id")[:2]:
    print(row)
print(Genre.objects.filter(id__lte=3).update(name=Concat(Value(" "), "name", Value(" "))))
print(list(Genre.objects.filter(id__lte=3).values_list("name", flat=True).order_by("id")))
print(Genre.objects.filter(id__lte=3).update(name=Trim("name")))
print(list(Genre.objects.filter(id__lte=3).values_list("name", flat=True).order_by("id")))
for q in connection.queries:
    print(q["sql"])
