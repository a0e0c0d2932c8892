# database functions in values(), order_by() and filter() side by side, as the docs show them
from django.db.models.functions import Length, Lower, Upper
rows = Author.objects.values("id", lower=Lower("name"), n=Length("name")).order_by("-n", "id")[:3]
for row in rows:
    print(row)
print(list(Genre.objects.order_by(Length("name").desc(), "name").values_list("name", flat=True)[:3]))
print(Author.objects.filter(name__startswith=Upper(Substr("email", 1, 1))).count())
print(list(Country.objects.values_list(Lower("code"), Length("name")).order_by("code")[:3]))
for q in connection.queries:
    print(q["sql"])
