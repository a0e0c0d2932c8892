# str() of a Window shows its OVER clause; only aggregates and window functions take one: Window(Lower(...)) is refused
print(Window(RowNumber(), partition_by="author", order_by="-price"))
print(repr(Window(Lag("price"), partition_by=[F("author"), "publisher"], order_by=["id"], frame=RowRange(start=-2, end=0))))
print(Window(Sum("pages", distinct=True), frame=ValueRange(end=5)))
Book.objects.annotate(low=Window(Lower("title"), order_by="id"))
