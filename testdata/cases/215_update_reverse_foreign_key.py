# write: update reverse foreign key
Author.objects.update(book=1)
