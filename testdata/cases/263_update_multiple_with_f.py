# update() changes every row of a QuerySet in one statement; F() reads each row's own value
print(Entry.objects.filter(pub_date__year=2023).update(number_of_pingbacks=F("number_of_pingbacks") + 1))
print(Entry.objects.filter(blog__name__startswith="A").update(rating=3))
print(Entry.objects.filter(pub_date__year=2023).order_by("id").values_list("number_of_pingbacks", flat=True)[:3])
for q in connection.queries:
    print(q["sql"])
