# The generated names: an aggregate uses its default alias (entry__count1), a repeated field name gets a counter too (name1)
print(list(Blog.objects.values_list(Lower("name"), Upper("name"), Lower("name")).order_by("id")[:1]))
print(list(Blog.objects.values_list("name", "name").order_by("id")[:1]))
print(list(Blog.objects.values_list(F("name"), Value("blog")).order_by("id")[:1]))
top = Blog.objects.values_list("name", Count("entry")).order_by("-entry__count1", "name")[:3]
for name, n in top:
    print(name, n)
for q in connection.queries:
    print(q["sql"])
