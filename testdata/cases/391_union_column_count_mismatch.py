# union() of QuerySets of different models selects different numbers of columns: SQLite refuses the statement
books = Book.objects.filter(pages__lt=100)
print(len(books.union(Author.objects.all())))
