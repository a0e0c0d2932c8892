# a typo in a variable name is a NameError
books = ["Dune", "Emma"]
for book in books:
    print(book)
print(len(book_list))
