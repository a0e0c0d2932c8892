# dates() and datetimes(): the distinct truncated dates of a field, an annotate(Trunc) + values_list + distinct chain
print(Entry.objects.dates("pub_date", "year"))
print(list(Entry.objects.filter(blog_id=1).dates("pub_date", "month", order="DESC")[:3]))
print(list(Comment.objects.dates("created_at", "week")[:2]))
print(list(Comment.objects.filter(approved=True).datetimes("created_at", "hour")[:2]))
print(Entry.objects.dates("pub_date", "day").count())
for q in connection.queries:
    print(q["sql"])
