# a DateField has no __hour: Django names the field class in its FieldError
print(Entry.objects.filter(pub_date__month=5).count())
print(Entry.objects.filter(pub_date__hour=5).count())
