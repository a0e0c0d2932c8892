# write: delete after values
qs = Book.objects.values("id")
qs.delete()
