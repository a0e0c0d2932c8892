# write: bulk create foreign key fails at commit
Book.objects.bulk_create([Book(title="x", author_id=9999, publisher_id=1, published_date="2020-01-01", pages=1, price=1.0, isbn="z", description="")])
