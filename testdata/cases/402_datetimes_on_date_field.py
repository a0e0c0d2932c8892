# datetimes() cannot truncate a DateField: ValueError names the field
print(Comment.objects.datetimes("created_at", "day")[:2])
Entry.objects.datetimes("pub_date", "day")
