# reverse() and last() flip the direction and swap NULLS FIRST with NULLS LAST
qs = Entry.objects.filter(blog_id=4).order_by(F("rating").desc(nulls_last=True), "id")
print(qs.first().id, qs.last().id)
print([e.id for e in qs.reverse()[:3]])
print(Entry.objects.values_list("id", flat=True).order_by(Lower("headline").asc(nulls_first=True))[:2])
for q in connection.queries:
    print(q["sql"])
