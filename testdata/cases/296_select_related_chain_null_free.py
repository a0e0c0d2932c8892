# select_related follows a chain of foreign keys in one JOINed query
for b in Book.objects.select_related("author__country", "publisher__country").order_by("id")[:3]:
    print(b.title[:25], "|", b.author.country.code, "|", b.publisher.country.code)
print(len(connection.queries), "query")
for q in connection.queries:
    print(q["sql"])
