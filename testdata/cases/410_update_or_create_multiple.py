# update_or_create() with lookups matching several rows raises MultipleObjectsReturned and rolls the transaction back
print(Book.objects.filter(author_id=1).count())
Book.objects.update_or_create(author_id=1, defaults={"price": 1.0})
