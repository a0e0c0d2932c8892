# write: update joined reference
Book.objects.update(title=F("author__name"))
