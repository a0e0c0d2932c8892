# annotate() after union() raises NotSupportedError: annotate each part first
both = Book.objects.filter(pages__lt=120).union(Book.objects.filter(price__gt=49))
both.annotate(n=Count("genres"))
