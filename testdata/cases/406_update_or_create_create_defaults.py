# update_or_create() not finding the row creates it from create_defaults, its INSERT inside a savepoint; through a related manager the owner is set
genre, created = Genre.objects.update_or_create(
    name="Sagas", defaults={"name": "Sagas (updated)"}, create_defaults={"name": "Sagas"}
)
print(genre.pk, genre.name, created)
genre, created = Genre.objects.update_or_create(
    name="Sagas", defaults={"name": "Sagas (updated)"}, create_defaults={"name": "Sagas"}
)
print(genre.pk, genre.name, created)
genre, created = Genre.objects.update_or_create(name="Odes", defaults={"name": "Odes"})
print(genre.pk, genre.name, created, Genre.objects.count())
author = Author.objects.get(pk=2)
book, created = author.book_set.update_or_create(
    title="Pocket Guide", defaults={"price": 4.5},
    create_defaults={"isbn": "9990000000002", "publisher_id": 1, "published_date": date(2021, 5, 1),
                     "pages": 50, "price": 3.5, "description": ""},
)
print(book.title, book.author_id, book.price, created)
for q in connection.queries:
    print(q["sql"])
