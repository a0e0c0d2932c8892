# write: update nothing sends nothing
print(Entry.objects.update(), Entry.objects.filter(pk__in=[]).update(rating=1))
