# Count already returns 0 over no rows, so it takes no default=
print(Book.objects.filter(pages__gt=10000).aggregate(Count("id")))
print(Book.objects.aggregate(Count("id", default=0)))
