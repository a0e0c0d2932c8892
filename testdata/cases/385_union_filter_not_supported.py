# filter() after union() raises NotSupportedError: filter each QuerySet before combining them
both = Book.objects.filter(pages__lt=120).union(Book.objects.filter(price__gt=49))
print(both.order_by("title")[:2])
both.filter(pages__gt=100)
