# an f-string field with nothing in it
count = 3
print(f"{count} books by {}")
