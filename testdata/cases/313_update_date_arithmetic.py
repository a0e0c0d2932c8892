# update() with date arithmetic: mod_date set one week after pub_date for a blog's entries
n = Entry.objects.filter(blog_id=1).update(mod_date=F("pub_date") + timedelta(days=7))
print(n)
for e in Entry.objects.filter(blog_id=1).order_by("id")[:3]:
    print(e.pub_date, e.mod_date, e.mod_date - e.pub_date)
print(Entry.objects.filter(blog_id=1).annotate(gap=F("mod_date") - F("pub_date")).values_list("gap", flat=True).distinct().count())
for q in connection.queries:
    print(q["sql"])
