# write: refresh from db relation
Book.objects.get(pk=1).refresh_from_db(fields=["author__name"])
