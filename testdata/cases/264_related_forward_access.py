# following a ForeignKey loads the related row once, then caches it on the instance
e = Entry.objects.get(id=2)
print(e.blog.name == e.blog.name)
print(len(connection.queries), "queries")
e2 = Entry.objects.select_related("blog").get(id=2)
print(e2.blog.name == e.blog.name)
print(len(connection.queries), "queries")
for q in connection.queries:
    print(q["sql"])
