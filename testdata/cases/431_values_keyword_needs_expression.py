# values(alias=...) takes expressions only: a plain string is not read as a field name (use F("name"))
print(Blog.objects.values(title=F("name")).order_by("id")[:2])
print(Blog.objects.values(title="name").order_by("id")[:2])
