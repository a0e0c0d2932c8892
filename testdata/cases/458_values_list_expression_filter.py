# The names values_list() gives expressions can be filtered and ordered on; distinct() applies to the selected expression
print(list(Blog.objects.values_list("name", Length("name")).filter(length1__gt=14).order_by("id")))
print(list(Blog.objects.values_list(Lower("name"), flat=True).distinct().order_by("lower1")[:3]))
print(list(Entry.objects.values_list("blog__name", Count("id")).order_by("-id__count1", "blog__name")[:3]))
for q in connection.queries:
    print(q["sql"])
