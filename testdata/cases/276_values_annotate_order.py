# values() before annotate() groups by the named fields; values() after it only picks the columns to return
per_rating = Entry.objects.values("rating").annotate(n=Count("id")).order_by("rating")
print(list(per_rating))
per_entry = Entry.objects.annotate(n=Count("comment")).values("rating", "n").order_by("id")[:3]
print(list(per_entry))
for q in connection.queries:
    print(q["sql"])
