# `obj in queryset` evaluates the QuerySet (one query) and compares by model equality; later tests use the cache; a Manager is not iterable
book = Book.objects.get(id=12)
same_author = Book.objects.filter(author_id=book.author_id)
print(book in same_author)
print(Book.objects.get(id=13) in same_author)
print(len(same_author))
print(12 in same_author)
print(book not in Book.objects.filter(pages__gt=100000))
for q in connection.queries:
    print(q["sql"])
book in Book.objects
