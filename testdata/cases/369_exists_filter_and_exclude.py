# filter(Exists(...)), filter(~Exists(...)) and exclude(Exists(...)) test a correlated subquery per row
approved = Comment.objects.filter(entry=OuterRef("pk"), approved=True)
print(Entry.objects.filter(Exists(approved)).count())
print(Entry.objects.filter(~Exists(approved)).count())
print(Entry.objects.exclude(Exists(approved)).count())
quiet = Entry.objects.filter(~Exists(approved), blog_id=1).order_by("id").values_list("id", "headline")[:3]
for row in quiet:
    print(row)
for q in connection.queries:
    print(q["sql"])
