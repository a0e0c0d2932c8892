# A ForeignKey access sends the same SELECT with a new key each time; a key
# with no row raises DoesNotExist, here on the third access.
books = list(Book.objects.order_by("id")[:3])
print(books[0].author.name, books[1].author.name)
print(len(connection.queries), "queries")
books[2].author_id = 99999
print(books[2].author.name)
