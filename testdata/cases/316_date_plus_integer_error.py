# adding a number to a date: Django cannot infer the type and asks for output_field
qs = Entry.objects.annotate(later=F("pub_date") + 3)
print("built")
print(list(qs[:1]))
