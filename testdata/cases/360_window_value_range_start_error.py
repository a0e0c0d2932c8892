# A ValueRange start must be a negative integer, zero or None; the error comes when the query runs
qs = Book.objects.annotate(n=Window(Count("id"), order_by="pages", frame=ValueRange(start=10)))
print(len(connection.queries))
list(qs)
