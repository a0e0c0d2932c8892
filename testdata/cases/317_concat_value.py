# Concat with Value(): each pair is COALESCE(x, '') joined by ||, nested from the right
from django.db.models.functions import Concat
from django.db.models import Value
authors = Author.objects.annotate(label=Concat("name", Value(" ("), "country__code", Value(")"))).order_by("name")[:3]
for a in authors:
    print(a.label)
print(Concat("name", Value(" ("), "country__code", Value(")")))
print(Author.objects.annotate(label=Concat("name", Value(" ("), "country__code", Value(")"))).filter(label__endswith="(FR)").count())
for q in connection.queries:
    print(q["sql"])
