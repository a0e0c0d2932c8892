# __year and __iso_year with a plain value become bounds on the column itself, for dates and datetimes
print(Entry.objects.filter(pub_date__year=2020).count())
print(Entry.objects.filter(pub_date__year__gt=2022).count())
print(Entry.objects.filter(pub_date__year__lte=2016).count())
print(Comment.objects.filter(created_at__year=2020).count())
print(Comment.objects.filter(created_at__year__lt=2016).count())
print(Entry.objects.filter(pub_date__year="2021").count())
print(Entry.objects.exclude(pub_date__year=None).count())
print(Entry.objects.filter(pub_date__iso_year=2020).count(), Comment.objects.filter(created_at__iso_year__lt=2016).count())
for q in connection.queries:
    print(q["sql"])
