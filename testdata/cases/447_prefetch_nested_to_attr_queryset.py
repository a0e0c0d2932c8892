# Two levels, each a Prefetch with to_attr; the second starts from the first one's attribute and orders its genres by name
authors = Author.objects.prefetch_related(
    Prefetch("book_set", queryset=Book.objects.order_by("title"), to_attr="books"),
    Prefetch("books__genres", queryset=Genre.objects.order_by("name"), to_attr="genre_list"),
).order_by("id")[:2]
for a in authors:
    for b in a.books:
        print(a.name, "|", b.title, "|", [g.name for g in b.genre_list])
# Sliced on a many-to-many: the row numbers restart for every book (partitioned by the join table's book_id)
books = Book.objects.prefetch_related(Prefetch("genres", queryset=Genre.objects.order_by("name")[:1], to_attr="first_genre")).order_by("id")[:3]
print([(b.title, [g.name for g in b.first_genre]) for b in books])
for q in connection.queries:
    print(q["sql"])
