# union() across models with values_list(): the column names come from the first QuerySet
names = Country.objects.values_list("name", "code").union(
    Publisher.objects.values_list("name", "country__code"), all=True
)
for name, code in names.order_by("-code", "name")[:6]:
    print(code, name)
people = Author.objects.filter(id__lt=4).values_list("name", flat=True)
houses = Publisher.objects.filter(id__lt=4).values_list("name", flat=True)
print(list(people.union(houses).order_by("name")))
for q in connection.queries:
    print(q["sql"])
