# Exists() annotates a boolean without counting every matching row
unapproved = Comment.objects.filter(entry=OuterRef("pk"), approved=False)
entries = Entry.objects.annotate(needs_review=Exists(unapproved)).order_by("id")[:5]
print([(e.id, e.needs_review) for e in entries])
print(Entry.objects.annotate(needs_review=Exists(unapproved)).filter(needs_review=True).count())
for q in connection.queries:
    print(q["sql"])
