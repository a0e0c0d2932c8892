# dates() by week starts each week on Monday; by day drops nothing but repeats
entries = Entry.objects.filter(blog_id=2)
weeks = list(entries.dates("pub_date", "week")[:4])
print(weeks, [d.weekday() for d in weeks])
days = entries.dates("pub_date", "day")
print(len(days), entries.count(), days[0], days.first(), days.last())
print(entries.dates("pub_date", "day").exists())
for q in connection.queries:
    print(q["sql"])
