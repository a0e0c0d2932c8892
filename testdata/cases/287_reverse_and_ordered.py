# reverse() flips the ordering; ordered tells whether a QuerySet has one
qs = Entry.objects.order_by("pub_date", "id")
print(qs.ordered, Entry.objects.all().ordered)
print([e.id for e in qs.reverse()[:3]])
print(qs.reverse().first().id == qs.last().id)
for q in connection.queries:
    print(q["sql"])
