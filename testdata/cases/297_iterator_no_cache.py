# iterator() streams rows without filling the QuerySet's cache, so a second loop queries again
qs = Comment.objects.filter(approved=False).order_by("id")
print(sum([1 for c in qs.iterator()]))
print(sum([1 for c in qs.iterator()]))
print(len(connection.queries), "queries")
for q in connection.queries:
    print(q["sql"])
