# datetimes() on a DateTimeField: django_datetime_trunc to the hour, minute or second, read back as datetime objects
comments = Comment.objects.filter(entry_id=1)
print(list(comments.datetimes("created_at", "hour")[:3]))
print(list(comments.datetimes("created_at", "minute", order="DESC")[:3]))
print(comments.datetimes("created_at", "second").first())
print(list(comments.datetimes("created_at", "month")))
print(list(comments.dates("created_at", "month")))
for q in connection.queries:
    print(q["sql"])
