# desc(nulls_last=True) and asc(nulls_first=True): SQLite takes NULLS LAST/FIRST, also on select positions
latest = (
    Author.objects.annotate(last_book=Max("book__published_date"))
    .filter(country_id=3)
    .order_by(F("last_book").desc(nulls_last=True), "name")
)
for a in latest[:4]:
    print(a.name, a.last_book)
rows = (
    Blog.objects.annotate(best=Max("entry__rating", filter=Q(entry__rating__gte=5)))
    .order_by(F("best").asc(nulls_first=True), "id")
    .values_list("name", "best")[:4]
)
print(list(rows))
cheap = Book.objects.order_by(F("price").asc(nulls_last=True), F("id").desc(nulls_first=True))[:3]
print([b.id for b in cheap])
for q in connection.queries:
    print(q["sql"])
