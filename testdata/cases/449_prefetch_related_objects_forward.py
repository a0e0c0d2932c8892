# prefetch_related_objects() on objects fetched one by one, through a ForeignKey chain: Django 5.2 selects the related rows with id = ... OR id = ...
books = [Book.objects.get(id=26), Book.objects.get(id=30), Book.objects.get(id=63)]
prefetch_related_objects(books, "author__country", "genres")
for b in books:
    print(b.title, "|", b.author.name, "|", b.author.country.name, "|", [g.name for g in b.genres.all()])
for q in connection.queries:
    print(q["sql"])
