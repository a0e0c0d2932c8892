# a lookup can follow a relation backwards by the lowercase model name: blogs with an entry whose headline mentions a word
blogs = Blog.objects.filter(entry__headline__icontains="notes").distinct().order_by("id")
print([b.name for b in blogs][:5])
print(Blog.objects.filter(entry__authors__name__startswith="A").distinct().count())
print(Author.objects.filter(entry__blog__id=1).distinct().count())
for q in connection.queries:
    print(q["sql"])
