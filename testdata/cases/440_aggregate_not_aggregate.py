# An expression with no aggregate in it cannot be an aggregate() result
print(Book.objects.aggregate(double=F("pages") * 2))
