# write: fk manager has no remove
Author.objects.get(pk=1).book_set.remove
