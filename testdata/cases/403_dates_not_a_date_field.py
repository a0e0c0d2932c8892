# dates() on a field that holds no dates raises TypeError
Entry.objects.dates("headline", "year")
