# a sliced QuerySet cannot be a part of union() on SQLite: DatabaseError when the query is compiled
cheap = Book.objects.order_by("price")[:3]
both = cheap.union(Book.objects.filter(price__gt=49))
print(type(both).__name__)
print(list(both))
