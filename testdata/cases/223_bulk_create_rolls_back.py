# write: bulk create rolls back
Genre.objects.bulk_create([Genre(name="a"), Genre(id=1, name="dup")])
