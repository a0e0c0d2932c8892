# write: in bulk not unique
Book.objects.in_bulk([1], field_name="title")
