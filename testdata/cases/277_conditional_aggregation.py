# filter= on an aggregate counts only matching rows, with a FILTER (WHERE ...) clause
stats = Entry.objects.aggregate(
    total=Count("id"),
    top=Count("id", filter=Q(rating=5)),
    busy=Count("id", filter=Q(number_of_comments__gte=10)),
)
print(stats)
blogs = Blog.objects.annotate(approved=Count("entry__comment", filter=Q(entry__comment__approved=True))).order_by("id")[:3]
print([(b.id, b.approved) for b in blogs])
for q in connection.queries:
    print(q["sql"])
