# __month__gte, __day, __week_day and __quarter lookups compile to django_date_extract()
print(Entry.objects.filter(pub_date__month__gte=6).count())
print(Entry.objects.filter(pub_date__day=1).count())
print(Entry.objects.filter(pub_date__week_day=1).count())
print(Entry.objects.filter(pub_date__quarter=4, pub_date__year=2020).count())
print(Entry.objects.exclude(pub_date__month__in=[1, 2, 12]).count())
for q in connection.queries:
    print(q["sql"])
