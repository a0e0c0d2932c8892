# write: m2m add wrong model
Book.objects.get(pk=1).genres.add(Author.objects.get(pk=1))
