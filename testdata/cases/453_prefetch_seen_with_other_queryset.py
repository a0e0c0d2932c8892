# The same lookup twice, the second with its own queryset: Django refuses it rather than guess which one wins
qs = Author.objects.prefetch_related("book_set", Prefetch("book_set", queryset=Book.objects.filter(pages__gt=300)))
print("lazy so far:", len(connection.queries))
print(list(qs.order_by("id")[:2]))
