# write: save force insert and update
Genre(id=1, name="x").save(force_insert=True, force_update=True)
