# prefetch_related_objects() on objects fetched one by one, through a ForeignKey chain: Django 5.2 selects the related rows with id = ... OR id = ...; a relation select_related already loaded is not fetched again
books = [Book.objects.get(id=26), Book.objects.get(id=30), Book.objects.get(id=63)]
prefetch_related_objects(books, "author__country", "genres")
for b in books:
    print(b.title, "|", b.author.name, "|", b.author.country.name, "|", [g.name for g in b.genres.all()])
joined = list(Book.objects.select_related("author").order_by("id")[:3])
prefetch_related_objects(joined, "author__book_set")
for b in joined:
    print(b.title, "|", b.author.name, "|", len(b.author.book_set.all()))
for q in connection.queries:
    print(q["sql"])
