# write: get or create invalid defaults
Genre.objects.get_or_create(name="x", defaults={"nme": 1})
