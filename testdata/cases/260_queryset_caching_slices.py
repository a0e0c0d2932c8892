# slicing or indexing an unevaluated QuerySet queries each time; once the whole set is evaluated, slices come from the cache
entries = Entry.objects.order_by("id")
print(entries[5].headline == entries[5].headline)
print(len(connection.queries), "queries before evaluating")
list(entries)
print(entries[5].headline == entries[5].headline)
print(len(connection.queries), "queries after")
for q in connection.queries:
    print(q["sql"])
