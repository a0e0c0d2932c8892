# write: save update fields no row
Genre(id=999, name="x").save(update_fields=["name"])
