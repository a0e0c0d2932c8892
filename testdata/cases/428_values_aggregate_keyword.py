# values(n=Count(...)) annotates before selecting, so Django groups by every Blog column (unlike values("name").annotate(...))
for row in Blog.objects.values("name", n=Count("entry")).order_by("-n", "name")[:3]:
    print(row)
for row in Blog.objects.values("name").annotate(n=Count("entry")).order_by("-n", "name")[:3]:
    print(row)
for q in connection.queries:
    print(q["sql"])
