# Replace(expression, text, replacement=Value("")) in annotate, filter and update
from django.db.models.functions import Replace
qs = Book.objects.annotate(plain=Replace("title", Value("The "), Value(""))).filter(title__startswith="The ").order_by("id")[:3]
for b in qs:
    print(b.title, "->", b.plain)
print(list(Author.objects.annotate(user=Replace("email", Value("@example.com"))).values_list("user", flat=True).order_by("id")[:3]))
print(Country.objects.filter(code="GB").update(name=Replace("name", Value("United"), Value("U."))))
print(Country.objects.get(code="GB").name)
for q in connection.queries:
    print(q["sql"])
