# F() through a name that is no transform of the field fails as a join would
qs = Entry.objects.annotate(y=F("pub_date__year"))
print(qs.values_list("y", flat=True).order_by("id")[:2])
print(list(Entry.objects.values("pub_date__yaer")))
