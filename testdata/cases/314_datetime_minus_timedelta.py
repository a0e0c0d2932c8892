# a DateTimeField moved by a timedelta keeps its time of day; a datetime minus a date is no TemporalSubtraction (SQLite subtracts the texts as numbers)
qs = Comment.objects.annotate(shown=F("created_at") - timedelta(hours=2, minutes=30)).order_by("id")[:3]
for c in qs:
    print(c.created_at, c.shown)
print(Comment.objects.filter(created_at__lt=F("entry__pub_date") + timedelta(days=1)).count())
first = Comment.objects.annotate(after=F("created_at") - F("entry__pub_date")).order_by("id").values_list("after", flat=True)[:1]
print(list(first))
for q in connection.queries:
    print(q["sql"])
