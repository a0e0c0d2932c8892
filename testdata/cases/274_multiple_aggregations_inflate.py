# two Counts across different multi-valued relations multiply each other's rows; distinct=True gives the true counts
wrong = Author.objects.annotate(books=Count("book"), entries=Count("entry")).order_by("id")[:3]
right = Author.objects.annotate(books=Count("book", distinct=True), entries=Count("entry", distinct=True)).order_by("id")[:3]
print([(a.books, a.entries) for a in wrong])
print([(a.books, a.entries) for a in right])
for q in connection.queries:
    print(q["sql"])
