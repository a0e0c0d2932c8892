# write: bulk update no fields
Genre.objects.bulk_update([], [])
