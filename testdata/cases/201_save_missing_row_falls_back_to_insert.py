# write: save missing row falls back to insert
g = Genre(id=77, name="New")
g.save()
print(g.pk)
