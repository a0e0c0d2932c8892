# latest() and earliest() order by the given fields and take one row; several fields break ties
print(Entry.objects.latest("pub_date", "id").id)
print(Entry.objects.earliest("pub_date", "-id").id)
print(Comment.objects.filter(approved=True).latest("created_at").id)
for q in connection.queries:
    print(q["sql"])
