# An annotation values() left out (or one made with alias()) cannot be aggregated: Django asks you to annotate() it
per_country = Author.objects.annotate(n=Count("book")).values("country")
print(per_country.annotate(m=Count("book")).aggregate(Avg("m")))
print(per_country.aggregate(Avg("n")))
