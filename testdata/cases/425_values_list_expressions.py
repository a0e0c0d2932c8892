# values_list() takes expressions beside field names; Django names each one after its class (lower1) and selects it AS that name
for row in Blog.objects.values_list("name", Lower("name"), Length("tagline")).order_by("id")[:3]:
    print(row)
for q in connection.queries:
    print(q["sql"])
