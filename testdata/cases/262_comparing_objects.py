# model instances compare by primary key: two fetches of the same row are equal
a = Author.objects.get(pk=5)
b = Author.objects.filter(name=a.name).first()
print(a == b, a.pk == b.pk)
print(a == Author.objects.get(pk=6))
print(Book.objects.filter(author=a).count() == a.book_set.count())
for q in connection.queries:
    print(q["sql"])
