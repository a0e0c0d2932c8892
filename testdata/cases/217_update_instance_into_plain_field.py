# write: update instance into plain field
Book.objects.update(title=Author.objects.get(pk=1))
