# reading a field only() left out costs one query per object
entries = Entry.objects.only("headline").order_by("id")[:3]
for e in entries:
    print(e.headline[:20], e.rating)
print(len(connection.queries), "queries")
for q in connection.queries:
    print(q["sql"])
