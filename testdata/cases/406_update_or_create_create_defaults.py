# update_or_create() not finding the row creates it from create_defaults, its INSERT inside a savepoint of the transaction
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
for q in connection.queries:
    print(q["sql"])
