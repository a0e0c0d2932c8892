# __year__in and __year__range are not YearLookups: they compare the extracted year
print(Book.objects.filter(published_date__year__in=[2001, 2002, 2003]).count())
print(Book.objects.filter(published_date__year__range=(2010, 2012)).count())
print(Book.objects.filter(published_date__year__in=["2001", 2002]).count())
print(Book.objects.filter(published_date__month__lt=3, published_date__year__in=[]).count())
for q in connection.queries:
    print(q["sql"])
