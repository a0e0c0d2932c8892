# Substr(expression, pos, length) is SUBSTR() on SQLite; a field's first letter groups authors
from django.db.models.functions import Substr
print(list(Book.objects.annotate(short=Substr("title", 1, 10)).values_list("short", flat=True).order_by("id")[:3]))
print(list(Book.objects.annotate(tail=Substr("isbn", 4)).values_list("isbn", "tail").order_by("id")[:2]))
initials = Author.objects.values(initial=Substr("name", 1, 1)).annotate(n=Count("id")).order_by("-n", "initial")[:4]
for row in initials:
    print(row)
print(Author.objects.values(initial=Substr("name", 1, 1)).annotate(n=Count("id")).count())
print(Author.objects.filter(name__startswith=Substr("email", 1, 1)).count())
for q in connection.queries:
    print(q["sql"])
