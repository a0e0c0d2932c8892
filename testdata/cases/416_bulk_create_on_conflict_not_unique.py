# unique_fields must name a unique column: SQLite rejects ON CONFLICT("name") when no constraint matches
Genre.objects.bulk_create([Genre(name="Fantasy")], update_conflicts=True, unique_fields=["name"], update_fields=["name"])
