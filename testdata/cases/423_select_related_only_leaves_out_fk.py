# only() that leaves out the ForeignKey select_related names is an error too (only the primary key and the named fields are kept)
print([b.title for b in Book.objects.only("title", "publisher").select_related("publisher").order_by("id")[:2]])
print([b.title for b in Book.objects.only("title").select_related("publisher").order_by("id")[:2]])
