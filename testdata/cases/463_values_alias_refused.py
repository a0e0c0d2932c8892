# a values() field name holding a quote is refused by check_alias before the field is looked up
print(list(Book.objects.values("title\"")[:1]))
