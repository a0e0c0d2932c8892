# write: bulk update unsaved
Genre.objects.bulk_update([Genre(name="x")], ["name"])
