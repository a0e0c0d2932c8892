# write: save force update no row
Genre(id=999, name="x").save(force_update=True)
