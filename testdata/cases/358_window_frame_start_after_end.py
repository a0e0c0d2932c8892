# A RowRange whose start is after its end fails when the query is compiled, not when it is built
qs = Book.objects.annotate(s=Window(Sum("pages"), order_by="id", frame=RowRange(start=2, end=-1)))
print("built")
print(list(qs[:1]))
