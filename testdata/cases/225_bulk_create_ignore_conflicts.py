# write: bulk create ignore conflicts
objs = Genre.objects.bulk_create([Genre(id=1, name="dup"), Genre(name="new")], ignore_conflicts=True)
print([g.pk for g in objs], Genre.objects.count())
