# select_related() with no names follows every non-null ForeignKey; only() trims each joined table's columns
entries = Entry.objects.select_related().only("headline", "blog__name").order_by("id")[:3]
for e in entries:
    print(e.headline, "|", e.blog.name)
# only("author__name") alone keeps just the key and the ForeignKey on Book: reading title costs a query
b = Book.objects.select_related("author").only("author__name").order_by("id")[0]
print(b.author.name, "|", b.title)
print(Book.objects.only().order_by("id")[0].title)
for q in connection.queries:
    print(q["sql"])
