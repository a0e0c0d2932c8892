# aggregate() arguments must be aggregates: a positional one needs a default alias, a plain expression is refused
print(Book.objects.annotate(double=F("pages") * 2).aggregate(Sum("double")))
print(Book.objects.aggregate(Sum(F("pages") * 2)))
