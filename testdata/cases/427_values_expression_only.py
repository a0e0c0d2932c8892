# values(alias=expression) alone selects only that expression, not every field
print(Blog.objects.values(low=Lower("name")).order_by("id")[:3])
print(Blog.objects.values("id", shout=Upper("name")).order_by("id")[:2])
for q in connection.queries:
    print(q["sql"])
