# write: m2m add unsaved target
Genre.objects.get(pk=1).book_set.add(Book(title="u"))
