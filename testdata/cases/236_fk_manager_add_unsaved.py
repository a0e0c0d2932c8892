# write: fk manager add unsaved
Author.objects.get(pk=1).book_set.add(Book(title="u"))
