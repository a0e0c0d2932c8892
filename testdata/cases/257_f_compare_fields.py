# F() compares two fields of the same row, with arithmetic on either side
print(Entry.objects.filter(number_of_comments__gt=F("number_of_pingbacks")).count())
print(Entry.objects.filter(number_of_comments__gt=F("number_of_pingbacks") * 2).count())
print(Entry.objects.filter(rating__lt=F("number_of_comments") + F("number_of_pingbacks")).count())
print(Entry.objects.filter(authors__name=F("blog__name")).count())
for q in connection.queries:
    print(q["sql"])
