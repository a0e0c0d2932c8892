# order_by("pub_date__month"): ordering by a transform, alone and next to a selected one
for e in Entry.objects.order_by("pub_date__month", "pub_date__day", "id")[:5]:
    print(e.pub_date, e.headline)
rows = Entry.objects.values("id", "pub_date__month").order_by("-pub_date__month", "id")[:3]
for row in rows:
    print(row)
for q in connection.queries:
    print(q["sql"])
