# A ForeignKey cannot be deferred and followed by select_related at once: Django raises FieldError when the query is compiled
qs = Book.objects.select_related("author").defer("author")
print("built lazily, nothing sent:", len(connection.queries))
for b in qs[:2]:
    print(b.title)
