# write: get or create integrity error gets again
Genre.objects.get_or_create(name="New", defaults={"id": 1})
