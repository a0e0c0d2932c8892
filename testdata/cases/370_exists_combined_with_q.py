# Exists combines with Q objects through & | and ^, in either order
approved = Comment.objects.filter(entry=OuterRef("pk"), approved=True)
print(Entry.objects.filter(Exists(approved) & Q(rating__gte=4)).count())
print(Entry.objects.filter(Exists(approved) | Q(rating__gte=4)).count())
print(Entry.objects.filter(Q(rating__gte=4) | Exists(approved)).count())
print(Entry.objects.filter(Q(rating__gte=4) & ~Exists(approved)).count())
print(Entry.objects.filter(Exists(approved) ^ Q(rating=5)).count())
by_author = Book.objects.filter(author=OuterRef("pk"), pages__gt=1000)
print(Author.objects.filter(Exists(by_author) & ~Exists(by_author.filter(price__lt=20))).count())
for q in connection.queries:
    print(q["sql"])
