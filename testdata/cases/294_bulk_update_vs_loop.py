# one update() statement instead of a save() per object
for e in Entry.objects.filter(blog_id=2).order_by("id")[:3]:
    e.rating = 1
    e.save(update_fields=["rating"])
print(Entry.objects.filter(blog_id=3).update(rating=1))
print(Entry.objects.filter(rating=1).count())
for q in connection.queries:
    print(q["sql"])
