# select_related() with no fields follows every foreign key, and theirs in turn: one query with every join
for c in Comment.objects.select_related().order_by("id")[:3]:
    print(c.author_name, "|", c.entry.headline, "|", c.entry.blog.name)
for b in Book.objects.select_related().filter(pages__lt=100).order_by("pages")[:2]:
    print(b.title, b.author.name, b.author.country.code, b.publisher.name, b.publisher.country.name)
print(Book.objects.select_related("author").select_related()[:1])
print(Book.objects.select_related().select_related("publisher")[:1])
for q in connection.queries:
    print(q["sql"])
