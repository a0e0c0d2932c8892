# select_related() with no names plus defer(): the deferred columns are left out at every level of the join
books = Book.objects.select_related().defer("description", "author__bio").order_by("id")[:2]
for b in books:
    print(b.title, "|", b.author.name, "|", b.author.country.code, "|", b.publisher.country.name)
for q in connection.queries:
    print(q["sql"])
