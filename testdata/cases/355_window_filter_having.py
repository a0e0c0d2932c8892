# HAVING and the qualify step together: authors with more than one book, top three by book count
authors = (
    Author.objects.annotate(num_books=Count("book"))
    .annotate(place=Window(Rank(), order_by=F("num_books").desc()))
    .filter(place__lte=3, num_books__gt=1)
    .order_by("place", "name")
)
for a in authors:
    print(a.name, a.num_books, a.place)
for q in connection.queries:
    print(q["sql"])
