# write: save force update without pk
Genre(name="x").save(force_update=True)
