# percent signs and underscores in contains lookups are escaped: they match themselves, not any text
print(Entry.objects.filter(headline__contains="%").count())
print(Entry.objects.filter(headline__contains="_").count())
print(Blog.objects.filter(name__contains="&").count())
print(Blog.objects.filter(name__icontains="pixel & b").values_list("name", flat=True).first())
print(Author.objects.filter(name__contains="O'C").count())
for q in connection.queries:
    print(q["sql"])
