# write: manager has no delete
Book.objects.delete()
