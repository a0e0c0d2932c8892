# get_or_create() looks up by the keyword arguments and uses defaults only when it creates
genre, created = Genre.objects.get_or_create(name="Fantasy")
print(genre.id, created)
genre, created = Genre.objects.get_or_create(name="Cozy Mystery", defaults={})
print(created, Genre.objects.filter(name="Cozy Mystery").count())
country, created = Country.objects.get_or_create(code="NZ", defaults={"name": "New Zealand"})
print(country.name, created)
for q in connection.queries:
    print(q["sql"])
