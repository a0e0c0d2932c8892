# values_list() names an aggregate after its field (entry__count1); Count("*") has no field, so Django raises TypeError
print(list(Blog.objects.values_list("name", Count("entry")).order_by("id")[:2]))
print(list(Blog.objects.values_list("name", Count("*")).order_by("id")[:2]))
