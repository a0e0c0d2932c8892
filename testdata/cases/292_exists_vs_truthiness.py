# exists() asks for one row; truthiness loads them all, which pays off only if they are used next
busy = Entry.objects.filter(number_of_comments__gte=10)
print(busy.exists())
if busy:
    print(len(busy), "loaded by the if")
print(busy.count())
for q in connection.queries:
    print(q["sql"])
