# `in` over values() and values_list() compares dicts, tuples and plain values
ids = Book.objects.filter(author_id=6).values_list("id", flat=True)
print(list(ids))
print(ids[0] in ids, 0 in ids)
pairs = Book.objects.filter(author_id=6).values_list("id", "author_id")
print((ids[0], 6) in pairs)
print({"id": ids[0]} in Book.objects.filter(author_id=6).values("id"))
print(len(connection.queries))
for q in connection.queries:
    print(q["sql"])
