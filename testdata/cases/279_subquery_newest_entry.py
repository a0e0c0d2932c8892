# Subquery with OuterRef picks each blog's newest headline in the same query
newest = Entry.objects.filter(blog=OuterRef("pk")).order_by("-pub_date", "-id")
blogs = Blog.objects.annotate(newest=Subquery(newest.values("headline")[:1])).order_by("id")[:3]
for b in blogs:
    print(b.name, "|", b.newest)
for q in connection.queries:
    print(q["sql"])
