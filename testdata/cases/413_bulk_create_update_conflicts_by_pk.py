# upsert by primary key: objects with a pk and without one go in separate INSERTs, both with the ON CONFLICT clause
genres = Genre.objects.bulk_create(
    [Genre(id=1, name="Fiction (all)"), Genre(name="Sagas"), Genre(id=2, name="Crime")],
    update_conflicts=True, unique_fields=["pk"], update_fields=["name"],
)
print([(g.pk, g.name) for g in genres])
print(list(Genre.objects.filter(id__in=[1, 2, 13]).order_by("id").values_list("name", flat=True)))
for q in connection.queries:
    print(q["sql"])
