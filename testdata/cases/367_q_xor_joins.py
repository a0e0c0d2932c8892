# XOR across a many-to-many keeps the nullable join LEFT OUTER, as under OR
poetry = Q(genres__name="Poetry")
print(Book.objects.filter(Q(pages__gt=900) ^ poetry).count())
print(Book.objects.filter(Q(pages__gt=900) ^ poetry ^ Q(genres__name="History")).count())
print(Book.objects.filter(~(Q(pages__gt=900) ^ Q(author__country__code="US"))).count())
print(Author.objects.filter(Q(book__pages__gt=900) ^ Q(country__code="US")).distinct().count())
for q in connection.queries:
    print(q["sql"])
