# write: update many to many
Book.objects.update(genres=1)
