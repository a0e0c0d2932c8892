# write: m2m remove wrong model
Book.objects.get(pk=1).genres.remove(Author.objects.get(pk=1))
