# Exists combines with Q objects through & | and ^, in either order; the result can also be annotated as a boolean
approved = Comment.objects.filter(entry=OuterRef("pk"), approved=True)
print(Entry.objects.filter(Exists(approved) & Q(rating__gte=4)).count())
print(Entry.objects.filter(Exists(approved) | Q(rating__gte=4)).count())
print(Entry.objects.filter(Q(rating__gte=4) | Exists(approved)).count())
print(Entry.objects.filter(Q(rating__gte=4) & ~Exists(approved)).count())
print(Entry.objects.filter(Exists(approved) ^ Q(rating=5)).count())
by_author = Book.objects.filter(author=OuterRef("pk"), pages__gt=1000)
print(Author.objects.filter(Exists(by_author) & ~Exists(by_author.filter(price__lt=20))).count())
flagged = Entry.objects.annotate(loved=Exists(approved) & Q(rating=5), top=Q(rating=5))
print(list(flagged.filter(rating__gte=4).order_by("id").values_list("id", "loved", "top")[:5]))
print(flagged.filter(top=True).count(), flagged.filter(loved=False).count())
for q in connection.queries:
    print(q["sql"])
