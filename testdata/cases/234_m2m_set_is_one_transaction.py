# write: m2m set is one transaction
e = Entry.objects.get(pk=3)
e.authors.set([40, 7])
