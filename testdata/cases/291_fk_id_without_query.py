# entry.blog_id reads the column already loaded; entry.blog.id fetches the blog first
entries = list(Entry.objects.order_by("id")[:3])
print([e.blog_id for e in entries])
print(len(connection.queries), "queries")
print([e.blog.id for e in entries])
print(len(connection.queries), "queries")
for q in connection.queries:
    print(q["sql"])
