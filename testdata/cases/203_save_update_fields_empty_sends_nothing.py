# write: save update fields empty sends nothing
g = Genre.objects.get(pk=1)
g.save(update_fields=[])
g.save(update_fields=("name",))
