# write: save related saved after assignment
a = Author(name="A", email="a@x", bio="", country_id=1)
b = Book(title="T", author=a, publisher_id=1, published_date="2020-01-01", pages=1, price=1.0, isbn="i1", description="")
a.save()
b.save()
print(b.author_id)
