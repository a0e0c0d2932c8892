# dates() order must be "ASC" or "DESC"
Entry.objects.dates("pub_date", "year", order="newest")
