# An XOR side that can match nothing (an empty __in) drops out of the OR and its CASE becomes 0
print(Book.objects.filter(Q(pages__gt=900) ^ Q(id__in=[])).count())
print(Book.objects.filter(Q(id__in=[]) ^ Q(id__in=[])).count())
print(Q(pages__gt=900) ^ Q())
print(len(connection.queries))
for q in connection.queries:
    print(q["sql"])
