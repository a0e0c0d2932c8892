# Q(...) ^ Q(...) keeps rows matching exactly one side; SQLite has no XOR, so Django writes a sum of CASE WHENs
print(Q(pages__gt=500) ^ Q(price__lt=15))
either = Book.objects.filter(Q(pages__gt=500) ^ Q(price__lt=15)).order_by("id")
print(either.count())
for b in either[:5]:
    print(b.id, b.pages, b.price)
for q in connection.queries:
    print(q["sql"])
