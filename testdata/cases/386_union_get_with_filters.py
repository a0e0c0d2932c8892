# get() with lookups after union() raises NotSupportedError; get() without lookups works
both = Book.objects.filter(pages__lt=120).union(Book.objects.filter(price__gt=49))
print(both.order_by("-price")[:1].get())
both.get(pk=1)
