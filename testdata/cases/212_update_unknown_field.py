# write: update unknown field
Book.objects.update(nope=1)
