# select_related() with no names follows every non-null ForeignKey; only() trims each joined table's columns
entries = Entry.objects.select_related().only("headline", "blog__name").order_by("id")[:3]
for e in entries:
    print(e.headline, "|", e.blog.name)
for q in connection.queries:
    print(q["sql"])
