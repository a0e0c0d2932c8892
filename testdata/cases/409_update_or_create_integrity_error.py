# the INSERT of update_or_create() fails on a unique ISBN: rollback to the savepoint, a second get(), then the IntegrityError
taken = Book.objects.get(pk=1).isbn
Book.objects.update_or_create(
    title="Brand New Book",
    defaults={"price": 9.0},
    create_defaults={"isbn": taken, "author_id": 1, "publisher_id": 1, "published_date": date(2020, 1, 1),
                     "pages": 10, "price": 9.0, "description": ""},
)
