# bulk_create(update_conflicts=True): an upsert, INSERT ... ON CONFLICT("isbn") DO UPDATE SET ... RETURNING the id of each row, inserted or updated
existing = Book.objects.get(pk=1)
books = [
    Book(title="A Better Title", isbn=existing.isbn, author_id=2, publisher_id=1,
         published_date=date(2020, 1, 1), pages=5, price=12.5, description=""),
    Book(title="Fresh Pages", isbn="9990000000001", author_id=2, publisher_id=1,
         published_date=date(2020, 1, 1), pages=5, price=1.0, description=""),
]
created = Book.objects.bulk_create(books, update_conflicts=True, unique_fields=["isbn"], update_fields=["title", "price"])
print([(b.pk, b.title) for b in created], created[0] is books[0])
print(Book.objects.filter(pk=1).values_list("title", "price", "author_id", "pages").get())
print(Book.objects.count())
for q in connection.queries:
    print(q["sql"])
