# filter(a, b) asks one entry to match both conditions; filter(a).filter(b) lets two different entries match
same_entry = Blog.objects.filter(entry__headline__icontains="tools", entry__pub_date__year=2024)
any_entries = Blog.objects.filter(entry__headline__icontains="tools").filter(entry__pub_date__year=2024)
print(same_entry.distinct().count(), any_entries.distinct().count())
for q in connection.queries:
    print(q["sql"])
