# The check applies at every level: only("author__name") keeps no Author.country to follow
ok = Book.objects.select_related("author__country").only("title", "author__name", "author__country__code")
print([(b.title, b.author.country.code) for b in ok.order_by("id")[:2]])
for q in connection.queries:
    print(q["sql"])
bad = Book.objects.select_related("author__country").only("title", "author__name")
print(list(bad[:2]))
