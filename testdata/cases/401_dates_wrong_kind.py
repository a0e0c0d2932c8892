# dates() takes only year, month, week or day: ValueError for "hour" (use datetimes() on a DateTimeField)
print(Entry.objects.dates("pub_date", "month")[:2])
Entry.objects.dates("pub_date", "hour")
