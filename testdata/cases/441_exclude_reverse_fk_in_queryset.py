# exclude() across a reverse ForeignKey with __in=QuerySet: "authors with no long book", a NOT EXISTS around an IN subquery (aliases V1 outside, U0 inside)
long_books = Book.objects.filter(pages__gt=1000)
print(Author.objects.exclude(book__in=long_books).count())
print(Author.objects.filter(book__in=long_books).distinct().count())
print(Author.objects.count())
for q in connection.queries:
    print(q["sql"])
