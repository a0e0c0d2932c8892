# indexing past the end of a list is an IndexError
rows = ["header", "first", "second"]
print(rows[-1], rows[-3])
print(rows[3])
