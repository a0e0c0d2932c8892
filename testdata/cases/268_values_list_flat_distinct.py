# values_list(flat=True) gives bare values; distinct() and order_by() shape them
print(list(Entry.objects.values_list("rating", flat=True).distinct().order_by("rating")))
print(list(Book.objects.filter(author_id=1).values_list("id", flat=True).order_by("-id"))[:3])
print(list(Author.objects.values_list("country__code", flat=True).distinct().order_by("country__code"))[:5])
for q in connection.queries:
    print(q["sql"])
