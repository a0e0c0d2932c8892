# ignore_conflicts and update_conflicts cannot be combined: ValueError (an empty list returns before any check)
print(Genre.objects.bulk_create([], ignore_conflicts=True, update_conflicts=True))
Genre.objects.bulk_create([Genre(name="x")], ignore_conflicts=True, update_conflicts=True)
