# __month__gte, __day, __week_day and __quarter compile to django_date_extract(); __year__in and __year__range compare the extracted year too
print(Entry.objects.filter(pub_date__month__gte=6).count())
print(Entry.objects.filter(pub_date__day=1).count())
print(Entry.objects.filter(pub_date__week_day=1).count())
print(Entry.objects.filter(pub_date__quarter=4, pub_date__year=2020).count())
print(Entry.objects.exclude(pub_date__month__in=[1, 2, 12]).count())
print(Book.objects.filter(published_date__year__in=[2001, 2002, 2003]).count())
print(Book.objects.filter(published_date__year__range=(2010, 2012)).count())
print(Book.objects.filter(published_date__year__in=["2001", 2002]).count())
print(Book.objects.filter(published_date__month__lt=3, published_date__year__in=[]).count())
for q in connection.queries:
    print(q["sql"])
