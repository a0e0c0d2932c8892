# an ordered QuerySet cannot be a part of union() on SQLite; order the combined QuerySet instead
fine = Book.objects.filter(pages__lt=100).union(Book.objects.filter(price__gt=49)).order_by("price")
print([b.price for b in fine])
bad = Book.objects.filter(pages__lt=100).order_by("price").union(Book.objects.filter(price__gt=49))
print(list(bad))
