# __range takes two dates and sends BETWEEN; __year and __gte compare the ISO text SQLite stores
print(Entry.objects.filter(pub_date__range=(date(2024, 1, 1), date(2024, 3, 31))).count())
print(Entry.objects.filter(pub_date__gte=date(2024, 1, 1), pub_date__lte=date(2024, 3, 31)).count())
print(Comment.objects.filter(created_at__range=(datetime(2024, 1, 1), datetime(2024, 1, 31, 23, 59))).count())
for q in connection.queries:
    print(q["sql"])
