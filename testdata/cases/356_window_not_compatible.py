# Only aggregates and window functions take an OVER clause: Window(Lower(...)) is refused when built
print(Window(RowNumber(), order_by="id") is not None)
Book.objects.annotate(low=Window(Lower("title"), order_by="id"))
