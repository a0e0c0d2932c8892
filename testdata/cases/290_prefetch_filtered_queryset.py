# Prefetch(queryset=...) filters and orders the related rows fetched in the second query
approved = Prefetch("comment_set", queryset=Comment.objects.filter(approved=True).order_by("-created_at"))
for e in Entry.objects.prefetch_related(approved).order_by("id")[:3]:
    print(e.id, len(e.comment_set.all()))
for q in connection.queries:
    print(q["sql"])
