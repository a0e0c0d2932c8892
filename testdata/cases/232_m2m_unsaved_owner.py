# write: m2m unsaved owner
Book(title="u").genres.add(1)
