# Window order_by must be a field name, an expression, or a list or tuple of them
Book.objects.annotate(n=Window(RowNumber(), order_by=3))
