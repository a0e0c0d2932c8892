# values() names and aggregate() aliases get the same check: a space or a semicolon is a ValueError
print(Book.objects.aggregate(**{"total pages": Sum("pages")}))
