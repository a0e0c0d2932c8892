# write: bulk update primary key
Genre.objects.bulk_update([Genre.objects.get(pk=1)], ["id"])
