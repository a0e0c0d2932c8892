# Q(...) ^ Q(...) keeps rows matching exactly one side; SQLite has no XOR, so Django writes a sum of CASE WHENs
print(Q(pages__gt=500) ^ Q(price__lt=15))
either = Book.objects.filter(Q(pages__gt=500) ^ Q(price__lt=15)).order_by("id")
print(either.count())
for b in either[:5]:
    print(b.id, b.pages, b.price)
# With an aggregate on one side the whole XOR goes to HAVING, and the column it reads joins the GROUP BY
prolific = Author.objects.annotate(n=Count("book")).filter(Q(n__gt=10) ^ Q(country_id=1))
print(prolific.count())
print(list(prolific.order_by("id").values_list("name", "n")[:3]))
for q in connection.queries:
    print(q["sql"])
