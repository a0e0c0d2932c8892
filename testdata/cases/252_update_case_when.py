# a Case(When(...)) inside update() prints each condition in parentheses, unlike the same Case in annotate()
tiers = Case(When(rating__gte=4, then=Value(10)), When(rating__gte=2, then=Value(5)), default=Value(1))
print(Entry.objects.filter(blog_id=1).update(number_of_pingbacks=tiers))
print(list(Entry.objects.filter(blog_id=1).values_list("rating", "number_of_pingbacks").order_by("id")[:4]))
shown = Entry.objects.filter(blog_id=1).annotate(tier=tiers).order_by("id")[:2]
print([e.tier for e in shown])
for q in connection.queries:
    print(q["sql"])
