# write: save update fields unknown
Genre.objects.get(pk=1).save(update_fields=["nope"])
