# write: bulk create batch size zero
Genre.objects.bulk_create([Genre(name="a")], batch_size=0)
