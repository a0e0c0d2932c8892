# write: in bulk empty list
print(Book.objects.in_bulk([]))
