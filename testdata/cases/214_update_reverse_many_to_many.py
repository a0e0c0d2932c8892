# write: update reverse many to many
Genre.objects.update(book=1)
