# SQLite needs the conflict target: update_conflicts without unique_fields raises ValueError
Genre.objects.bulk_create([Genre(id=3, name="Sci-fi")], update_conflicts=True, update_fields=["name"])
