# write: init unexpected kwargs
Book(title="T", foo=1, bar=2)
