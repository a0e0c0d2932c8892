# write: delete unsaved
Genre(name="x").delete()
