# exclude() on many-to-many __in, forward (genres) and reverse (entry, Genre.book): the subquery starts at the join table
print(Book.objects.exclude(genres__in=[1, 2]).count())
print(Book.objects.exclude(genres__in=Genre.objects.filter(name__startswith="F")).count())
print(Author.objects.exclude(entry__in=Entry.objects.filter(rating=5)).count())
print(Genre.objects.exclude(book__author__in=Author.objects.filter(country__code="FR")).count())
for q in connection.queries:
    print(q["sql"])
