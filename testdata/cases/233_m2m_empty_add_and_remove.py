# write: m2m empty add and remove
b = Genre.objects.get(pk=2)
b.book_set.remove()
b.book_set.add()
