# a HAVING that also compares a foreign key adds that column to GROUP BY in full, while author__id and plain fields reuse the select position
print(Book.objects.values("author").annotate(n=Count("id")).filter(Q(n__gt=3) | Q(author_id=1)).count())
print(Book.objects.values("author").annotate(n=Count("id")).filter(Q(n__gt=3) | Q(author__id=1)).count())
print(Book.objects.values("author_id").annotate(n=Count("id")).filter(Q(n__gt=3) | Q(author=1)).count())
print(Book.objects.values("title").annotate(n=Count("id")).filter(Q(n__gt=3) | Q(title="x")).count())
print(len(Book.objects.values("author").annotate(n=Count("id")).filter(Q(n__gt=3) | Q(author=1))))
for q in connection.queries:
    print(q["sql"])
