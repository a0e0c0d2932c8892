# annotate(has=Exists(...)) then filter(has=True): the boolean annotation is tested as is, without = 1
recent = Comment.objects.filter(entry=OuterRef("pk"), created_at__gte=datetime(2024, 6, 1))
entries = Entry.objects.annotate(has_recent=Exists(recent))
print(entries.filter(has_recent=True).count())
print(entries.filter(has_recent=False).count())
for e in entries.filter(has_recent=True, blog_id=2).order_by("id")[:3]:
    print(e.id, e.has_recent)
print(list(entries.filter(blog_id=2).order_by("-has_recent", "id").values_list("id", "has_recent")[:4]))
for q in connection.queries:
    print(q["sql"])
