# Three-way XOR is true for an odd number of matches: Django takes the sum MOD 2
cond = Q(rating=5) ^ Q(number_of_comments__gte=8) ^ Q(blog__name__startswith="T")
print(cond)
qs = Entry.objects.filter(cond).order_by("id").values_list("id", "rating", "number_of_comments", "blog__name")
for row in qs[:5]:
    print(row)
for q in connection.queries:
    print(q["sql"])
