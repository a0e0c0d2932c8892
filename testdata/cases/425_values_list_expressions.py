# values_list() takes expressions beside field names; Django names each one after its class (lower1) and selects it AS that name
for row in Blog.objects.values_list("name", Lower("name"), Length("tagline")).order_by("id")[:3]:
    print(row)
# As an __in subquery the expression is the one column selected
shouting = Author.objects.values_list(Upper("name"), flat=True)
print(Author.objects.filter(name__in=shouting).count(), Author.objects.filter(name__in=Author.objects.values_list(F("name"), flat=True)).count())
print(Blog.objects.values_list("name", Count("entry")).count())
for q in connection.queries:
    print(q["sql"])
