# ordering a union of model QuerySets by a related field fails in Django 5.2 (it cannot add the column to the parts)
both = Book.objects.filter(pages__lt=120).union(Book.objects.filter(price__gt=49))
print(both.order_by("author")[:2])
print(both.order_by("author__name")[:2])
