# F() arithmetic in annotate(): per-row values computed by SQLite
books = Book.objects.annotate(per_page=F("price") / F("pages"), doubled=F("pages") * 2).order_by("id")[:3]
for b in books:
    print(b.id, round(b.per_page, 4), b.doubled)
print(Book.objects.annotate(doubled=F("pages") * 2).filter(doubled__gt=1000).count())
for q in connection.queries:
    print(q["sql"])
