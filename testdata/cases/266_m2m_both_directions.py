# a many-to-many relation is queried from both ends: entry.authors and author.entry_set
e = Entry.objects.get(id=3)
print(sorted([a.id for a in e.authors.all()]))
print(e.authors.filter(name__contains="a").count())
a = Author.objects.get(id=4)
print(a.entry_set.count())
print(sorted(a.entry_set.values_list("blog_id", flat=True).distinct())[:5])
for q in connection.queries:
    print(q["sql"])
