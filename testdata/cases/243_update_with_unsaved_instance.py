# write: update with unsaved instance
Book.objects.update(author=Author(name="New"))
